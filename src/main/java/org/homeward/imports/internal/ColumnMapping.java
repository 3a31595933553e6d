package org.homeward.imports.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.homeward.imports.ImportField;

/** A mapping of fields to column headings, kept as text: one "FIELD<tab>heading" a line. */
public final class ColumnMapping {

	private ColumnMapping() {
	}

	public static String write(Map<ImportField, String> mapping) {
		StringBuilder text = new StringBuilder();
		mapping.forEach((field, heading) -> text.append(field.name()).append('\t')
				.append(heading.replace('\t', ' ').replace('\n', ' ')).append('\n'));
		return text.toString();
	}

	public static Map<ImportField, String> read(String text) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		if (text == null) {
			return mapping;
		}
		for (String line : text.split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				try {
					mapping.put(ImportField.valueOf(line.substring(0, tab)), line.substring(tab + 1));
				}
				catch (IllegalArgumentException e) {
					// a field no longer offered
				}
			}
		}
		return mapping;
	}

	/** The fields each heading is recognised as, for a file mapped for the first time. */
	public static Map<ImportField, String> suggest(List<String> headings) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			headings.stream().filter(field::recognises).findFirst().ifPresent(h -> mapping.put(field, h));
		}
		return mapping;
	}

	/** The column index of each mapped field whose heading the file has. */
	public static Map<ImportField, Integer> columns(Map<ImportField, String> mapping, List<String> headings) {
		Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
		mapping.forEach((field, heading) -> {
			int index = headings.indexOf(heading);
			if (index >= 0) {
				columns.put(field, index);
			}
		});
		return columns;
	}
}

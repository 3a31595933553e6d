package org.homeward.imports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of one worksheet as its XML streams past: each cell's text (a shared string, an inline string, a number,
 * a date as ISO year-month-day when its format is a date's), and whether it holds a formula. A formula is never
 * evaluated; its cached result is not trusted either: the cell is marked so that the row is refused.
 */
final class SheetRows extends DefaultHandler {

	private final ReadOnlySharedStringsTable strings;
	private final StylesTable styles;
	private final Spreadsheet.Rows rows;

	private int rowNumber;
	private List<String> cells;
	private BitSet formulas;
	private int column;
	private String type;
	private String style;
	private boolean formula;
	private boolean inValue;
	private final StringBuilder value = new StringBuilder();

	SheetRows(ReadOnlySharedStringsTable strings, StylesTable styles, Spreadsheet.Rows rows) {
		this.strings = strings;
		this.styles = styles;
		this.rows = rows;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
				cells = new ArrayList<>();
				formulas = new BitSet();
			}
			case "c" -> {
				String ref = attributes.getValue("r");
				column = ref == null ? cells.size() : new CellReference(ref).getCol();
				type = attributes.getValue("t");
				style = attributes.getValue("s");
				formula = false;
				value.setLength(0);
			}
			case "f" -> formula = true;
			case "v", "t" -> inValue = true;
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (inValue) {
			value.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "v", "t" -> inValue = false;
			case "c" -> {
				while (cells.size() < column) {
					cells.add("");
				}
				cells.add(text());
				if (formula) {
					formulas.set(column);
				}
			}
			case "row" -> {
				if (!rows.accept(new Spreadsheet.Row(rowNumber, cells, formulas))) {
					throw new Spreadsheet.Stop();
				}
			}
			default -> {
			}
		}
	}

	private String text() {
		String raw = value.toString();
		if (type == null || "n".equals(type)) {
			if (raw.isEmpty()) {
				return "";
			}
			double number = Double.parseDouble(raw);
			if (style != null && isDate(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
				return DateUtil.getLocalDateTime(number).toLocalDate().toString();
			}
			return new BigDecimal(raw).stripTrailingZeros().toPlainString();
		}
		return switch (type) {
			case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw)).getString();
			case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
			default -> raw;
		};
	}

	private boolean isDate(int styleIndex) {
		if (styles == null || styleIndex >= styles.getNumCellStyles()) {
			return false;
		}
		XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
		return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
	}
}

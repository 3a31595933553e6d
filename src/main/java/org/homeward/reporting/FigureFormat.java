package org.homeward.reporting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * How figures read on pages, in downloads and in PDFs, in the reader's language: a count as a whole number, a
 * percentage with one decimal, a median in days, an index with two decimals, "C" for a withheld cell; and the data
 * of each chart (as JSON for ECharts), so that a chart and the table beside it always show the same figures.
 */
@Component("figures")
public class FigureFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	FigureFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String format(Shown shown, Indicator indicator, Locale locale) {
		if (shown == null) {
			return "";
		}
		if (shown.withheld()) {
			return text("reporting.withheld.short", locale);
		}
		if (shown.value() == null) {
			return "–";
		}
		return number(shown.value(), indicator, locale);
	}

	public String number(double value, Indicator indicator, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		switch (indicator.kind()) {
			case COUNT -> format.setMaximumFractionDigits(0);
			case PERCENT, MEDIAN -> {
				format.setMinimumFractionDigits(indicator.kind() == Indicator.Kind.PERCENT ? 1 : 0);
				format.setMaximumFractionDigits(1);
			}
			case MEAN -> {
				format.setMinimumFractionDigits(2);
				format.setMaximumFractionDigits(2);
			}
		}
		String number = format.format(value);
		return switch (indicator.kind()) {
			case PERCENT -> text("reporting.unit.PT", locale, number);
			case MEDIAN -> text("reporting.unit.DAYS", locale, number);
			default -> number;
		};
	}

	public String name(Indicator indicator, Locale locale) {
		return text("reporting.indicator." + indicator + ".name", locale);
	}

	public String category(String category, Locale locale) {
		return text("reporting.category." + category, locale);
	}

	/** A bar or line chart: its categories, its series of values (none where withheld or empty), its unit. */
	public String chart(String type, List<String> categories, Map<String, List<Shown>> series, Indicator indicator) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("categories", categories);
		List<Map<String, Object>> lines = new ArrayList<>();
		series.forEach((name, values) -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("name", name);
			line.put("values", values.stream().map(s -> s.present() ? s.value() : null).toList());
			line.put("withheld", values.stream().map(Shown::withheld).toList());
			lines.add(line);
		});
		chart.put("series", lines);
		chart.put("unit", indicator.kind() == Indicator.Kind.PERCENT ? "%" : "");
		Integer max = null;
		if (indicator.kind() == Indicator.Kind.PERCENT) {
			max = 100;
		}
		else if (indicator.kind() == Indicator.Kind.MEAN) {
			max = 1;
		}
		chart.put("max", max);
		return JSON.writeValueAsString(chart);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}

package org.homeward.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The chart of each dashboard panel: by age band (and sex) for a single indicator, by category for a split one. */
@Component
public class DashboardCharts {

	private final FigureFormat figures;
	private final MessageSource messages;

	DashboardCharts(FigureFormat figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	/** The chart data of every panel, by indicator code. */
	public Map<String, String> of(Dashboard dashboard, Locale locale) {
		Map<String, String> charts = new LinkedHashMap<>();
		for (Dashboard.Panel panel : dashboard.panels()) {
			Indicator indicator = panel.indicator();
			if (panel.rows().size() == 1) {
				Dashboard.Row row = panel.rows().get(0);
				List<String> ages = java.util.Arrays.stream(AgeBand.values())
						.map(a -> text("reporting.age." + a.code(), locale)).toList();
				charts.put(indicator.code(), figures.chart("bar", ages,
						Map.of(text("reporting.sex._T", locale), row.byAge()), indicator));
			}
			else {
				List<String> categories = new ArrayList<>();
				List<Shown> totals = new ArrayList<>();
				for (Dashboard.Row row : panel.rows()) {
					categories.add(figures.category(row.series().category(), locale));
					totals.add(row.total());
				}
				charts.put(indicator.code(), figures.chart("bar", categories,
						Map.of(figures.name(indicator, locale), totals), indicator));
			}
		}
		return charts;
	}

	/** The trend of every panel's first row over the kept quarters. */
	public Map<String, String> trends(Dashboard dashboard, Locale locale) {
		Map<String, String> charts = new LinkedHashMap<>();
		List<String> quarters = dashboard.quarters().stream().map(Quarter::toString).toList();
		for (Dashboard.Panel panel : dashboard.panels()) {
			Map<String, List<Shown>> lines = new LinkedHashMap<>();
			for (Dashboard.Row row : panel.rows()) {
				lines.put(figures.category(row.series().category(), locale), row.trend());
			}
			charts.put(panel.indicator().code(), figures.chart("line", quarters, lines, panel.indicator()));
		}
		return charts;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

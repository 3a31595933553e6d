package org.homeward.assessments.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.homeward.assessments.Instrument;
import org.homeward.assessments.TrendPoint;
import org.homeward.shared.web.Dates;

/**
 * What the trend chart draws, as the JSON that /js/assessment-trend.js reads from the chart's data attribute: the
 * dates, and a series for the composite and for each dimension, named in the reader's language.
 */
final class TrendChart {

	private TrendChart() {
	}

	static Map<String, Object> of(List<TrendPoint> trend, Instrument rpi, String compositeName, Dates dates,
			Locale locale) {
		List<Map<String, Object>> series = new ArrayList<>();
		series.add(series(compositeName, trend, TrendPoint::composite));
		for (Instrument.Dimension dimension : rpi.dimensions()) {
			Function<TrendPoint, BigDecimal> value = switch (dimension.code()) {
				case TrendPoint.ECONOMIC -> TrendPoint::economic;
				case TrendPoint.SOCIAL -> TrendPoint::social;
				case TrendPoint.PSYCHOSOCIAL -> TrendPoint::psychosocial;
				default -> null;
			};
			if (value != null) {
				series.add(series(dimension.name().in(locale), trend, value));
			}
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("dates", trend.stream().map(p -> dates.date(p.assessedOn())).toList());
		chart.put("series", series);
		return chart;
	}

	private static Map<String, Object> series(String name, List<TrendPoint> trend,
			Function<TrendPoint, BigDecimal> value) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		// a list that keeps the nulls: a dimension left unanswered is a gap, not a zero
		List<BigDecimal> values = new ArrayList<>();
		trend.forEach(p -> values.add(value.apply(p)));
		series.put("values", values);
		return series;
	}
}

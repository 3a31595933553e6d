package org.homeward.reporting;

/** One indicator, or one category of an indicator split by category (a stage, a type of service, an RPI dimension). */
public record Series(Indicator indicator, String category) {

	public Series {
		if (!indicator.categories().contains(category)) {
			throw new IllegalArgumentException("no category " + category + " of " + indicator);
		}
	}

	public static Series of(Indicator indicator) {
		return new Series(indicator, Indicator.NOT_APPLICABLE);
	}
}

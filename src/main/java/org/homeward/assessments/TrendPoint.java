package org.homeward.assessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One Reintegration Progress Index on the way of a person's reintegration: its composite and its three dimensions
 * (each none when none of its items was answered).
 */
public record TrendPoint(UUID assessmentId, LocalDate assessedOn, BigDecimal composite, BigDecimal economic,
		BigDecimal social, BigDecimal psychosocial) {

	public static final String ECONOMIC = "ECONOMIC";
	public static final String SOCIAL = "SOCIAL";
	public static final String PSYCHOSOCIAL = "PSYCHOSOCIAL";

	static TrendPoint of(Assessment rpi) {
		return new TrendPoint(rpi.id(), rpi.assessedOn(), rpi.composite(), rpi.dimensionScores().get(ECONOMIC),
				rpi.dimensionScores().get(SOCIAL), rpi.dimensionScores().get(PSYCHOSOCIAL));
	}
}

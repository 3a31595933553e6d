package org.homeward.reporting;

import java.util.List;

/**
 * Where a figure sits in its table: the region (ISO 3166-2), sex ({@code F}, {@code M}) and age band codes, each
 * {@link FrequencyTable#TOTAL} for all. Published tables cross at most two of the three at a time.
 */
public record Cell(String region, String sex, String age) {

	public static final Cell TOTAL = new Cell(FrequencyTable.TOTAL, FrequencyTable.TOTAL, FrequencyTable.TOTAL);

	public static Cell of(List<String> key) {
		return new Cell(key.get(0), key.get(1), key.get(2));
	}

	public List<String> key() {
		return List.of(region, sex, age);
	}

	/** How many of the three it crosses (is not a total in). */
	public int crossed() {
		return (isTotal(region) ? 0 : 1) + (isTotal(sex) ? 0 : 1) + (isTotal(age) ? 0 : 1);
	}

	private static boolean isTotal(String code) {
		return FrequencyTable.TOTAL.equals(code);
	}
}

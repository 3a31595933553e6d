package org.homeward.reporting;

/**
 * A figure as one reader may see it: its value, or withheld by suppression ({@code OBS_STATUS} "C"), or nothing to
 * show (a percentage of nobody).
 *
 * @param base the count the figure rests on (the count itself, a percentage's denominator, the persons a median or
 * mean is over); shown only to coordinators
 */
public record Shown(Double value, boolean withheld, Integer base) {

	public static final Shown NOTHING = new Shown(null, false, null);

	public boolean present() {
		return value != null && !withheld;
	}
}

package org.homeward.reporting;

/**
 * An exact figure of one cell, as coordinators see it inside the node.
 *
 * @param numerator the count (of a count indicator), the numerator (of a percentage) or the number of persons a
 * median or mean is over
 * @param denominator the denominator of a percentage; 0 otherwise
 * @param value the figure itself: the count, the percentage, the median or the mean; none where there is nothing to
 * compute it over
 */
public record Figure(int numerator, int denominator, Double value) {

	public static final Figure NONE = new Figure(0, 0, null);
}

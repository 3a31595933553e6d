package org.homeward.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the period of every indicator, written as SDMX writes it: {@code 2026-Q3}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

	public Quarter {
		if (quarter < 1 || quarter > 4 || year < 1900 || year > 2999) {
			throw new IllegalArgumentException("no such quarter");
		}
	}

	public static Quarter of(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/** The quarter written as {@code 2026-Q3}; anything else is refused. */
	public static Quarter parse(String text) {
		Matcher m = text == null ? null : FORMAT.matcher(text.trim());
		if (m == null || !m.matches()) {
			throw new IllegalArgumentException("a quarter is written like 2026-Q3");
		}
		return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	public LocalDate firstDay() {
		return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
	}

	public LocalDate lastDay() {
		return firstDay().plusMonths(3).minusDays(1);
	}

	public boolean contains(LocalDate date) {
		return date != null && !date.isBefore(firstDay()) && !date.isAfter(lastDay());
	}

	public Quarter previous() {
		return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
	}

	public Quarter next() {
		return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
	}

	/** The {@code count} quarters ending with this one, oldest first. */
	public List<Quarter> lastQuarters(int count) {
		List<Quarter> quarters = new ArrayList<>();
		Quarter q = this;
		for (int i = 0; i < count; i++) {
			quarters.add(0, q);
			q = q.previous();
		}
		return quarters;
	}

	@Override
	public int compareTo(Quarter other) {
		return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
	}

	@Override
	public String toString() {
		return year + "-Q" + quarter;
	}
}

package org.homeward.reporting;

import java.time.LocalDate;
import java.time.Period;

/** The age bands of every indicator (DESIGN.md §5), with their SDMX codes. */
public enum AgeBand {
	Y0T4(0, 4),
	Y5T11(5, 11),
	Y12T17(12, 17),
	Y18T59(18, 59),
	Y_GE60(60, Integer.MAX_VALUE);

	private final int from;
	private final int to;

	AgeBand(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public static AgeBand of(int years) {
		for (AgeBand band : values()) {
			if (years >= band.from && years <= band.to) {
				return band;
			}
		}
		return Y0T4; // a date of birth after the reference day is an error in the data; counted as the youngest
	}

	/** The band of someone born on this day, on the given day. */
	public static AgeBand on(LocalDate birth, LocalDate day) {
		return of(birth == null || birth.isAfter(day) ? 0 : Period.between(birth, day).getYears());
	}

	public String code() {
		return name();
	}
}

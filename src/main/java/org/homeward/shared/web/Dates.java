package org.homeward.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates and times as pages show them ({@code ${@dates.dateTime(instant)}}): day first, as in the member states, and
 * times in the node's own time zone.
 */
@Component("dates")
public class Dates {

	/** How a date is written for people: day first. */
	public static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter DATE = DAY_FIRST;
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final ZoneId zone;

	Dates(@Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone) {
		this.zone = zone;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** A date stored as ISO text (a section's date field), shown like any other date. */
	public String isoDate(String iso) {
		try {
			return iso == null || iso.isBlank() ? "" : date(LocalDate.parse(iso));
		}
		catch (java.time.format.DateTimeParseException e) {
			return iso;
		}
	}

	/**
	 * A date as typed in a form ("25.12.2019", or ISO) in the ISO form that section fields keep; what is not a date
	 * is left as typed, for the field's own check to refuse.
	 */
	public static String typedToIso(String typed) {
		if (typed == null || typed.isBlank()) {
			return typed;
		}
		try {
			return DayFirstDates.FORMATTER.parse(typed, java.util.Locale.ROOT).toString();
		}
		catch (java.text.ParseException notADate) {
			return typed;
		}
	}

	/** The day of a moment, in the node's time zone. */
	public String day(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(zone));
	}

	/** The calendar day of a moment in the node's time zone, to group what happened by day. */
	public LocalDate localDay(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	/** Today in the node's time zone. */
	public LocalDate today() {
		return LocalDate.now(zone);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

}

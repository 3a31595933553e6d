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

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
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

	/** The day of a moment, in the node's time zone. */
	public String day(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(zone));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
	}

}

package org.homeward.council;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.homeward.organizations.Country;
import org.homeward.organizations.Organization;

/** One addressee of one recommendation, as the tracker lists it. */
public record TrackerRow(UUID recommendationId, UUID meetingId, MeetingTitle meetingTitle,
		LocalDate meetingStartsOn, int number, String text, String textRu, String textUz, Theme theme, LocalDate dueOn,
		UUID addresseeId, Country country, Organization organization, ImplementationStatus status, boolean overdue,
		LocalDate lastReportedOn) {

	/** The recommendation's text in the reader's language, the text of record where no translation was given. */
	public String text(Locale locale) {
		return Translated.in(locale, text, textRu, textUz);
	}

	public String code() {
		return "R" + number;
	}
}

package org.homeward.council;

import java.time.LocalDate;
import java.util.UUID;

import org.homeward.organizations.Country;
import org.homeward.organizations.Organization;

/** One addressee of one recommendation, as the tracker lists it. */
public record TrackerRow(UUID recommendationId, UUID meetingId, MeetingTitle meetingTitle, LocalDate meetingStartsOn,
		int number, String text, Theme theme, LocalDate dueOn, UUID addresseeId, Country country,
		Organization organization, ImplementationStatus status, boolean overdue, LocalDate lastReportedOn) {

	public String code() {
		return "R" + number;
	}
}

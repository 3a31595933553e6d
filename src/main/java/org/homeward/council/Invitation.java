package org.homeward.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.homeward.organizations.Organization;

/**
 * An invitation of an organisation to a meeting and its answer.
 *
 * @param reminders how many reminders were sent while it was pending
 */
public record Invitation(UUID id, int version, UUID meetingId, MeetingTitle meetingTitle,
		LocalDate meetingStartsOn, Organization organization, Rsvp rsvp, Instant invitedAt, String invitedBy,
		Instant respondedAt, String respondedBy, String responseNote, int reminders, Instant lastRemindedAt) {
}

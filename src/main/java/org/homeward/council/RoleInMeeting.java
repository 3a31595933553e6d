package org.homeward.council;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation's role in one meeting, for the Council's reference page. */
public record RoleInMeeting(UUID organizationId, UUID meetingId, MeetingTitle meetingTitle,
		LocalDate meetingStartsOn, MeetingRole role) {
}

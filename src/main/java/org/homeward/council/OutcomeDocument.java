package org.homeward.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a meeting adopted as its outcome, in one text. */
public record OutcomeDocument(UUID meetingId, int version, String title, String text, LocalDate adoptedOn,
		Instant updatedAt, String updatedBy) {
}

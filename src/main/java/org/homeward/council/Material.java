package org.homeward.council;

import java.time.Instant;
import java.util.UUID;

/** A document of a meeting: a link, an uploaded file, or both. */
public record Material(UUID id, UUID meetingId, UUID agendaItemId, String title, Visibility visibility, String link,
		CouncilFile file, Instant addedAt, String addedBy) {
}

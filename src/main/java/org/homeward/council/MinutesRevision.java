package org.homeward.council;

import java.time.Instant;
import java.util.UUID;

/** One saved text of an agenda item's minutes; the highest revision is the minutes. */
public record MinutesRevision(UUID agendaItemId, int revision, String text, Instant writtenAt, String writtenBy) {
}

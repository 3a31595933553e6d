package org.homeward.council;

import java.time.Instant;
import java.util.UUID;

/** A change of an addressee's status: by the secretariat directly, or by accepting a progress report. */
public record StatusChange(ImplementationStatus from, ImplementationStatus to, String note, UUID reportId,
		Instant changedAt, String changedBy) {
}

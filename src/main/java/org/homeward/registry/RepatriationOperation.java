package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/** A repatriation operation and how many of the registered people it brought home. */
public record RepatriationOperation(UUID id, int version, OperationDetails details, long personCount,
		Instant updatedAt, String updatedBy) {
}

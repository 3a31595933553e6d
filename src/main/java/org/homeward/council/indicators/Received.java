package org.homeward.council.indicators;

import java.time.Instant;
import java.util.UUID;

/** A submission as the hub imported it: one revision of one state's quarter. */
public record Received(UUID id, String nodeId, String countryCode, String quarter, int revision, String messageId,
		Instant preparedAt, Instant receivedAt, boolean illustrative, int observations) {
}

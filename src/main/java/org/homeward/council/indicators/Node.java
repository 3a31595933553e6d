package org.homeward.council.indicators;

import java.time.Instant;
import java.util.UUID;

/** A national node in the hub's register: who it is, which state it speaks for, and the key it signs with. */
public record Node(UUID id, int version, String nodeId, String countryCode, String keyId, String publicJwk,
		boolean active, Instant registeredAt, String registeredBy) {
}

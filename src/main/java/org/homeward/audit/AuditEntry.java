package org.homeward.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail. {@code detail} never holds personal data: names, dates of birth and document numbers
 * stay in the records the entry points to.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String actorRoles, UUID organizationId,
		AuditAction action, String recordType, String recordId, String clientAddress, String detail,
		String previousHash, String hash) {
}

package org.homeward.registry.web;

import java.time.Instant;
import java.util.UUID;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditEntry;

/** One line of "who viewed this record": who, in which role and organisation, did what, when. */
record RecordAccess(Instant at, String username, String roles, UUID organizationId, AuditAction action) {

	static RecordAccess of(AuditEntry entry) {
		return new RecordAccess(entry.occurredAt(), entry.actor(), entry.actorRoles(), entry.organizationId(),
				entry.action());
	}
}

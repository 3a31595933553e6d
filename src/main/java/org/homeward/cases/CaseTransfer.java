package org.homeward.cases;

import java.time.Instant;
import java.util.UUID;

/** A transfer of a case to another region or organisation: requested by its side, decided by the receiving side. */
public record CaseTransfer(UUID id, int version, UUID caseId, UUID fromRegionId, UUID fromOrganizationId,
		UUID toRegionId, UUID toOrganizationId, String reason, Status status, String requestedBy, Instant requestedAt,
		String decidedBy, Instant decidedAt, String decisionReason) {

	public enum Status {
		REQUESTED, ACCEPTED, DECLINED
	}
}

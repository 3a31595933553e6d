package org.homeward.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A break-the-glass grant: emergency access to one section of a case by someone who does not normally see it, with
 * the reason given, for a few hours, reviewed afterwards by the auditor.
 */
public record EmergencyAccess(UUID id, int version, UUID caseId, String caseNumber, Section section, UUID userId, String username,
		String reason, Instant grantedAt, Instant expiresAt, Review review, String reviewedBy, Instant reviewedAt,
		String reviewNote) {

	public boolean activeAt(Instant now) {
		return expiresAt.isAfter(now);
	}

	/** The auditor's verdict. */
	public enum Review {
		PENDING, JUSTIFIED, FLAGGED
	}
}

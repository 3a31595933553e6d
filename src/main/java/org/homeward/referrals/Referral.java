package org.homeward.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.cases.Section;

/**
 * A referral of a case from one organisation to another for a service.
 *
 * @param task what the receiving organisation is asked to do, in words a mahalla mentor understands
 * @param consentId the consent the referral relies on, for a receiver outside government
 * @param previousReferralId the referral this one follows (a second referral after a decline, say)
 */
public record Referral(UUID id, int version, UUID caseId, String serviceCode, Section section,
		UUID fromOrganizationId, UUID toOrganizationId, UUID referredBy, String referredByName, String task,
		LocalDate dueDate, ReferralStatus status, String reason, UUID consentId, UUID previousReferralId,
		Instant createdAt, Instant updatedAt, String updatedBy, List<Change> history) {

	public record Change(ReferralStatus from, ReferralStatus to, String reason, String changedBy, Instant changedAt) {
	}
}

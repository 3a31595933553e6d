package org.homeward.referrals;

import java.util.UUID;

/**
 * What other modules may know of a referral without reading its case, to say what happened (a notice): its service
 * and the organisations on both sides. Nothing here is about the person.
 */
public record ReferralFacts(UUID referralId, UUID caseId, String serviceCode, UUID fromOrganizationId,
		UUID toOrganizationId) {
}

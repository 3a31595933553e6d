package org.homeward.referrals;

import java.util.List;
import java.util.UUID;

/** What happens to referrals and consent that other modules act on (notifications, above all). */
public final class Events {

	private Events() {
	}

	/** A referral was sent; the receiving organisation should hear of it. */
	public record ReferralRequested(UUID referralId, UUID caseId, UUID toOrganizationId) {
	}

	/** The receiving organisation accepted; the one who referred should hear of it. */
	public record ReferralAccepted(UUID referralId, UUID caseId, UUID referredBy) {
	}

	/** A referral waited too long for an answer, or passed its due date unfinished. */
	public record ReferralOverdue(UUID referralId, UUID caseId, UUID toOrganizationId, UUID referredBy) {
	}

	/**
	 * A consent was withdrawn; the referrals outside government that relied on it were suspended at once.
	 *
	 * @param caseManagerId the case manager of the person's case, if any
	 */
	public record ConsentWithdrawn(UUID consentId, UUID personId, UUID caseManagerId,
			List<SuspendedReferral> suspended) {
	}

	public record SuspendedReferral(UUID referralId, UUID caseId, UUID toOrganizationId) {
	}
}

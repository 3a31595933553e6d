package org.homeward.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a referral: {@code REQUESTED → ACCEPTED | DECLINED → IN_PROGRESS → COMPLETED | NOT_COMPLETED}.
 * A referral outside government is {@code SUSPENDED} when the consent it relied on is withdrawn. While a referral is
 * open the receiving organisation sees what it needs; once it is closed, nothing.
 */
public enum ReferralStatus {
	REQUESTED, ACCEPTED, DECLINED, IN_PROGRESS, COMPLETED, NOT_COMPLETED, SUSPENDED;

	public boolean isOpen() {
		return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS;
	}

	/** The statuses the receiving organisation may move a referral to from this one. */
	public Set<ReferralStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(ACCEPTED, DECLINED);
			case ACCEPTED -> EnumSet.of(IN_PROGRESS);
			case IN_PROGRESS -> EnumSet.of(COMPLETED, NOT_COMPLETED);
			default -> EnumSet.noneOf(ReferralStatus.class);
		};
	}

	/** Moves that end a referral without the service done; the receiver must say why. */
	public boolean needsReason() {
		return this == DECLINED || this == NOT_COMPLETED;
	}
}

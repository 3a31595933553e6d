package org.homeward.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notice for one user, about one case or referral; its text comes from the bundle by kind. */
public record Notification(UUID id, Kind kind, UUID caseId, UUID referralId, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	public enum Kind {
		REFERRAL_RECEIVED, REFERRAL_ACCEPTED, REFERRAL_OVERDUE, CONSENT_WITHDRAWN
	}
}

package org.homeward.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice for one user, about a case or referral, or about a Council meeting or recommendation; its text comes from
 * the bundle by kind.
 */
public record Notification(UUID id, Kind kind, UUID caseId, UUID referralId, UUID meetingId, UUID recommendationId,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	public enum Kind {
		REFERRAL_RECEIVED, REFERRAL_ACCEPTED, REFERRAL_OVERDUE, CONSENT_WITHDRAWN,
		/** The user's organisation is invited to a Council meeting. */
		COUNCIL_INVITATION,
		/** An invitation of the user's organisation still waits for its answer. */
		COUNCIL_INVITATION_REMINDER,
		/** A progress report on a recommendation waits for the secretariat's review. */
		COUNCIL_PROGRESS_REPORTED,
		/** A recommendation was addressed to the user's organisation or to its state. */
		COUNCIL_RECOMMENDATION_ADDRESSED,
		/** The secretariat accepted the user's progress report. */
		COUNCIL_REPORT_ACCEPTED,
		/** The secretariat returned the user's progress report, with a note. */
		COUNCIL_REPORT_RETURNED,
		/** An administrator reset the user's second factors and revoked their API tokens. */
		SECOND_FACTORS_RESET
	}
}

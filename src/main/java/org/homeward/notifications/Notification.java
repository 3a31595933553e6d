package org.homeward.notifications;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A notice for one user, about a case or referral, or about a Council meeting or recommendation; its text comes from
 * the bundle by kind, and says what happened: the service, the organisation on the other side, the case's number
 * (for those who see case numbers). It never names a person.
 *
 * @param serviceCode the service of the referral it is about
 * @param organizationId the organisation on the other side: the one that referred, or the one that received
 * @param caseNumber the case's number; none for a reader who does not see case numbers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Notification(UUID id, Kind kind, UUID caseId, UUID referralId, UUID meetingId, UUID recommendationId,
		String serviceCode, UUID organizationId, String caseNumber, Instant createdAt, Instant readAt) {

	/** The notice with its case number left out, for a reader who does not see case numbers. */
	public Notification withoutCaseNumber() {
		return new Notification(id, kind, caseId, referralId, meetingId, recommendationId, serviceCode, organizationId,
				null, createdAt, readAt);
	}

	@JsonIgnore
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
		/** A case manager asked to close a case; the national coordinator decides. */
		CLOSURE_REQUESTED,
		/** A case is asked to move into the coordinator's region; they accept or decline it. */
		TRANSFER_REQUESTED,
		/** An administrator reset the user's second factors and revoked their API tokens. */
		SECOND_FACTORS_RESET
	}
}

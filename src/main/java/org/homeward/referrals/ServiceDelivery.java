package org.homeward.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.cases.Section;

/**
 * A service delivered: a mentoring visit, school enrolment support, a family mediation session, a medical check.
 *
 * @param activity what was done, e.g. MENTORING_VISIT
 */
public record ServiceDelivery(UUID id, UUID caseId, UUID referralId, Section section, String serviceCode,
		String activity, UUID providerId, LocalDate deliveredOn, Outcome outcome, String notes, String recordedBy,
		Instant recordedAt) {

	public enum Outcome {
		DONE, PARTLY_DONE, NOT_DONE
	}

	/** The activities community and civil-society workers log. */
	public static final List<String> COMMUNITY_ACTIVITIES = List.of("MENTORING_VISIT",
			"SCHOOL_ENROLMENT_SUPPORT", "FAMILY_MEDIATION", "OTHER");

	/** The activities a sector's service logs: a session or appointment, an examination, something else. */
	public static final List<String> SERVICE_ACTIVITIES = List.of("SESSION", "EXAMINATION", "OTHER");

	/** What may be logged for a referral in this section. */
	public static List<String> activitiesFor(Section section) {
		return section == Section.COMMUNITY ? COMMUNITY_ACTIVITIES : SERVICE_ACTIVITIES;
	}
}

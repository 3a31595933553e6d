package org.homeward.referrals;

/** What a service is for; a consent names the purposes it allows sharing for. */
public enum Purpose {
	MENTORING, EDUCATION_SUPPORT, FAMILY_MEDIATION, LIVELIHOOD_SUPPORT, HEALTH_CARE, PSYCHOSOCIAL_SUPPORT, DOCUMENTS,
	RELIGIOUS_COUNSELLING
}

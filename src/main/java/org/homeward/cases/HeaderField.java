package org.homeward.cases;

/**
 * The facts around a case's sections that DESIGN.md §2's header table gives by audience, one constant a row. What
 * an audience may see of them is {@link Audience}'s table; every list, count, page, PDF, notice and export of a case
 * is built through {@link CaseProjection}, which asks it.
 */
public enum HeaderField {
	/**
	 * The case number ("UZ-TAS-2026-000123"), said on the phone between those who work on the case; it names the
	 * region, which community and civil-society workers do not see.
	 */
	CASE_NUMBER,
	/** Names (in every script), sex and locality. */
	NAMES,
	AGE,
	BIRTH_DATE,
	REGION,
	/** Repatriation operation, country or camp of origin, arrival date, citizenship status. */
	ORIGIN,
	/** The stage and the dates of its changes, with who made them. */
	STAGE,
	/** The reasons written for stage changes, closure and transfers. */
	REASONS,
	VULNERABILITY_FLAGS,
	/** The case manager and the owning organisation. */
	CASE_MANAGER,
	/** Household links (mother, child, guardian) and the way into the person's record in the registry. */
	HOUSEHOLD,
	/** Every consent of the person, with the guardian's name and the child's own words. */
	CONSENTS,
	/** Only the scope and dates of the consent that the reader's own referral relies on. */
	RELIED_ON_CONSENT,
	/** Every assessment whole. */
	ASSESSMENTS,
	/** The items, answers and priorities of the assessment domains whose sections the reader reads. */
	OWN_ASSESSMENT_DOMAINS,
	/** Overdue actions and counts by stage. */
	CASELOAD_FIGURES
}

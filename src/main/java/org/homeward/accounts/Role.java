package org.homeward.accounts;

/**
 * The roles of the programme (DESIGN.md §2). A role grants nothing by itself beyond what each module's rules say
 * it may see; a user may hold several.
 */
public enum Role {
	/** National IT: users, organisations, reference data; no case content. */
	ADMINISTRATOR,
	/** Interagency commission: all cases of the region, or of the country when the user has no region. */
	COORDINATOR,
	/** Social protection, Committee for Family and Women: owns cases. */
	CASE_MANAGER,
	/** Health, psychosocial, education, employment, civil registry or religious counselling. */
	SECTOR_SPECIALIST,
	/** Prosecutor's office, courts liaison. */
	JUSTICE_OFFICER,
	/** State security service: the screening section only. */
	SECURITY_OFFICER,
	/** Mahalla committee, local administration: minimal profile with consent. */
	COMMUNITY_WORKER,
	/** Civil-society organisation: minimal profile with consent. */
	CSO_WORKER,
	/** Ministry statistics unit: aggregates only. */
	ANALYST,
	/** Ombudsperson, data-protection officer: audit trail, no edits. */
	AUDITOR,
	/** The Council's secretariat at the regional hub. */
	COUNCIL_SECRETARIAT,
	/** A member of a delegation or partner organisation of the Council. */
	COUNCIL_MEMBER;

	/** The authority Spring Security checks, e.g. {@code ROLE_AUDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}
}

package org.homeward.accounts;

import java.util.Collection;

/**
 * The roles of the programme (DESIGN.md §2). A role grants nothing by itself beyond what each module's rules say
 * it may see; a user may hold several, but never the administrator's together with one that reads personal data.
 */
public enum Role {
	/** National IT: users, organisations, reference data; no case content. */
	ADMINISTRATOR(false),
	/** Interagency commission: all cases of the region, or of the country when the user has no region. */
	COORDINATOR(true),
	/** Social protection, Committee for Family and Women: owns cases. */
	CASE_MANAGER(true),
	/** Health, psychosocial, education, employment, civil registry or religious counselling. */
	SECTOR_SPECIALIST(true),
	/** Prosecutor's office, courts liaison. */
	JUSTICE_OFFICER(true),
	/** State security service: the screening section only. */
	SECURITY_OFFICER(true),
	/** Mahalla committee, local administration: minimal profile with consent. */
	COMMUNITY_WORKER(true),
	/** Civil-society organisation: minimal profile with consent. */
	CSO_WORKER(true),
	/** Ministry statistics unit: aggregates only. */
	ANALYST(false),
	/** Ombudsperson, data-protection officer: audit trail, no edits; access logs and emergency reasons name people. */
	AUDITOR(true),
	/** The Council's secretariat at the regional hub. */
	COUNCIL_SECRETARIAT(false),
	/** A member of a delegation or partner organisation of the Council. */
	COUNCIL_MEMBER(false);

	private final boolean readsPersonalData;

	Role(boolean readsPersonalData) {
		this.readsPersonalData = readsPersonalData;
	}

	/** The authority Spring Security checks, e.g. {@code ROLE_AUDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether the role reads personal data of returnees. Such a role never goes with {@link #ADMINISTRATOR}, and an
	 * administrator's grant of it takes effect only once a second administrator approves.
	 */
	public boolean readsPersonalData() {
		return readsPersonalData;
	}

	/** Whether these roles would let one account both manage accounts and read personal data of returnees. */
	public static boolean combineAdministrationWithPersonalData(Collection<Role> roles) {
		return roles.contains(ADMINISTRATOR) && roles.stream().anyMatch(Role::readsPersonalData);
	}
}

package org.homeward.cases;

import static org.homeward.cases.HeaderField.AGE;
import static org.homeward.cases.HeaderField.BIRTH_DATE;
import static org.homeward.cases.HeaderField.CASE_NUMBER;
import static org.homeward.cases.HeaderField.CASE_MANAGER;
import static org.homeward.cases.HeaderField.NAMES;
import static org.homeward.cases.HeaderField.ORIGIN;
import static org.homeward.cases.HeaderField.OWN_ASSESSMENT_DOMAINS;
import static org.homeward.cases.HeaderField.REGION;
import static org.homeward.cases.HeaderField.RELIED_ON_CONSENT;
import static org.homeward.cases.HeaderField.STAGE;
import static org.homeward.cases.HeaderField.VULNERABILITY_FLAGS;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.homeward.accounts.Role;
import org.homeward.organizations.Sector;

/**
 * The columns of DESIGN.md §2's header table: who, reaching a case, sees which facts around its sections. This is
 * the one place that says it; where the table and this disagree, the table wins and this is wrong.
 * <p>
 * The education specialist (schools) has a column of its own because children are treated first as victims: a school
 * sees no origin, no stage and no reason. An emergency grant gives its holder the {@link #COMMUNITY} column plus the
 * one section granted.
 */
public enum Audience {

	COORDINATOR(EnumSet.allOf(HeaderField.class)),
	CASE_MANAGER_OF_THE_CASE(EnumSet.allOf(HeaderField.class)),
	SPECIALIST(EnumSet.of(CASE_NUMBER, NAMES, AGE, BIRTH_DATE, REGION, ORIGIN, STAGE, VULNERABILITY_FLAGS, CASE_MANAGER,
			OWN_ASSESSMENT_DOMAINS)),
	EDUCATION(EnumSet.of(CASE_NUMBER, NAMES, AGE, BIRTH_DATE, REGION, VULNERABILITY_FLAGS, CASE_MANAGER, OWN_ASSESSMENT_DOMAINS)),
	JUSTICE(EnumSet.of(CASE_NUMBER, NAMES, AGE, BIRTH_DATE, REGION, ORIGIN, STAGE, CASE_MANAGER)),
	SECURITY(EnumSet.of(CASE_NUMBER, NAMES, AGE, BIRTH_DATE, REGION, ORIGIN, STAGE, CASE_MANAGER)),
	COMMUNITY(EnumSet.of(NAMES, AGE, RELIED_ON_CONSENT));

	private final Set<HeaderField> fields;

	Audience(Set<HeaderField> fields) {
		this.fields = fields;
	}

	public Set<HeaderField> fields() {
		return EnumSet.copyOf(fields);
	}

	public boolean shows(HeaderField field) {
		return fields.contains(field);
	}

	/**
	 * The audience a role belongs to when it reaches a case; none for the roles that reach no case content (the
	 * administrator, the analyst, the auditor, the Council's roles).
	 *
	 * @param sector the sector of a sector specialist; the education sector has its own column
	 */
	public static Optional<Audience> of(Role role, Sector sector) {
		return Optional.ofNullable(switch (role) {
			case COORDINATOR -> COORDINATOR;
			case CASE_MANAGER -> CASE_MANAGER_OF_THE_CASE;
			case SECTOR_SPECIALIST -> sector == Sector.EDUCATION ? EDUCATION : SPECIALIST;
			case JUSTICE_OFFICER -> JUSTICE;
			case SECURITY_OFFICER -> SECURITY;
			case COMMUNITY_WORKER, CSO_WORKER -> COMMUNITY;
			default -> null;
		});
	}

	/** What a reader in several audiences sees: everything any of them sees. */
	public static Set<HeaderField> union(Set<Audience> audiences) {
		Set<HeaderField> union = EnumSet.noneOf(HeaderField.class);
		audiences.forEach(audience -> union.addAll(audience.fields));
		return union;
	}
}

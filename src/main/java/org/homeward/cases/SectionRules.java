package org.homeward.cases;

import static org.homeward.cases.Access.MINIMAL;
import static org.homeward.cases.Access.NONE;
import static org.homeward.cases.Access.READ;
import static org.homeward.cases.Access.STATUS;
import static org.homeward.cases.Access.WRITE;

import java.util.EnumMap;
import java.util.Map;

import org.homeward.accounts.Role;

/**
 * Case sections × roles, exactly as DESIGN.md §2 gives them. This is what a role may do in a section of a case it
 * reaches at all; which cases it reaches is {@link CaseScope}'s question. Everything not written here is
 * {@link Access#NONE}: deny by default.
 */
public final class SectionRules {

	private static final Map<Role, Map<Section, Access>> MATRIX = new EnumMap<>(Role.class);

	static {
		grant(Role.COORDINATOR, Section.CORE, READ);
		grant(Role.COORDINATOR, Section.HEALTH, READ);
		grant(Role.COORDINATOR, Section.PSYCHOSOCIAL, READ);
		grant(Role.COORDINATOR, Section.EDUCATION, READ);
		grant(Role.COORDINATOR, Section.LIVELIHOOD, READ);
		grant(Role.COORDINATOR, Section.DOCUMENTS, READ);
		grant(Role.COORDINATOR, Section.FAMILY, READ);
		grant(Role.COORDINATOR, Section.LEGAL, READ);
		grant(Role.COORDINATOR, Section.SECURITY, STATUS);
		grant(Role.COORDINATOR, Section.RELIGIOUS, READ);
		grant(Role.COORDINATOR, Section.COMMUNITY, READ);

		grant(Role.CASE_MANAGER, Section.CORE, WRITE);
		grant(Role.CASE_MANAGER, Section.HEALTH, READ);
		grant(Role.CASE_MANAGER, Section.PSYCHOSOCIAL, READ);
		grant(Role.CASE_MANAGER, Section.EDUCATION, WRITE);
		grant(Role.CASE_MANAGER, Section.LIVELIHOOD, WRITE);
		grant(Role.CASE_MANAGER, Section.DOCUMENTS, WRITE);
		grant(Role.CASE_MANAGER, Section.FAMILY, WRITE);
		grant(Role.CASE_MANAGER, Section.LEGAL, STATUS);
		grant(Role.CASE_MANAGER, Section.SECURITY, STATUS);
		grant(Role.CASE_MANAGER, Section.RELIGIOUS, READ);
		grant(Role.CASE_MANAGER, Section.COMMUNITY, WRITE);

		// A sector specialist reads the core profile; their own sector's section is added in of() below.
		grant(Role.SECTOR_SPECIALIST, Section.CORE, READ);

		grant(Role.JUSTICE_OFFICER, Section.CORE, READ);
		grant(Role.JUSTICE_OFFICER, Section.DOCUMENTS, READ);
		grant(Role.JUSTICE_OFFICER, Section.LEGAL, WRITE);
		grant(Role.JUSTICE_OFFICER, Section.SECURITY, STATUS);

		grant(Role.SECURITY_OFFICER, Section.CORE, READ);
		grant(Role.SECURITY_OFFICER, Section.SECURITY, WRITE);

		grant(Role.COMMUNITY_WORKER, Section.CORE, MINIMAL);
		grant(Role.COMMUNITY_WORKER, Section.COMMUNITY, WRITE);
		grant(Role.CSO_WORKER, Section.CORE, MINIMAL);
		grant(Role.CSO_WORKER, Section.COMMUNITY, WRITE);
	}

	private SectionRules() {
	}

	private static void grant(Role role, Section section, Access access) {
		MATRIX.computeIfAbsent(role, r -> new EnumMap<>(Section.class)).put(section, access);
	}

	/**
	 * What a role may do in a section.
	 *
	 * @param specialistSection for a sector specialist, the section of their sector; ignored for other roles
	 */
	public static Access of(Role role, Section section, Section specialistSection) {
		if (role == Role.SECTOR_SPECIALIST && section != Section.CORE) {
			return section == specialistSection ? WRITE : NONE;
		}
		return MATRIX.getOrDefault(role, Map.of()).getOrDefault(section, NONE);
	}

	/** Who may see "who viewed this record" of a case: the coordinator, the case manager and the auditor. */
	public static boolean maySeeAccesses(Role role) {
		return role == Role.COORDINATOR || role == Role.CASE_MANAGER || role == Role.AUDITOR;
	}
}

package org.homeward.cases;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one user may do with one case: their access to each section, the audiences they reach it in (which decide
 * what they see around the sections, DESIGN.md §2's header table), and whether they may see who viewed it.
 *
 * @param audiences the audiences of the roles through which the user reaches the case in their normal work
 * @param emergency the sections open to the user only by an emergency grant, for reading
 * @param caseManager whether the user is the case's own case manager
 */
public record CaseGrant(UUID caseId, Map<Section, Access> sections, Set<Audience> audiences, Set<Section> emergency,
		boolean accesses, boolean caseManager) {

	public CaseGrant {
		sections = sections.isEmpty() ? Map.of() : new EnumMap<>(sections);
		audiences = audiences.isEmpty() ? Set.of() : EnumSet.copyOf(audiences);
		emergency = emergency.isEmpty() ? Set.of() : EnumSet.copyOf(emergency);
	}

	public Access access(Section section) {
		return sections.getOrDefault(section, Access.NONE);
	}

	public boolean may(Section section, Access needed) {
		return access(section).atLeast(needed);
	}

	/** Whether the user reads the section in their normal work, not only by an emergency grant. */
	public boolean readsNormally(Section section) {
		return may(section, Access.READ) && !emergency.contains(section);
	}

	/** Whether the case is within the user's reach at all; if not, it answers as if it did not exist. */
	public boolean reachesCase() {
		return sections.values().stream().anyMatch(a -> a != Access.NONE);
	}

	/**
	 * The facts around the sections the user sees: those of their audiences and, with an emergency grant, those of
	 * the community column (name, age, locality) that say whose section it is, with the case number they asked by.
	 */
	public Set<HeaderField> header() {
		Set<HeaderField> header = Audience.union(audiences);
		if (!emergency.isEmpty()) {
			header.add(HeaderField.NAMES);
			header.add(HeaderField.AGE);
			header.add(HeaderField.CASE_NUMBER);
		}
		return header;
	}

	public boolean shows(HeaderField field) {
		return header().contains(field);
	}

	/**
	 * Whether the user reads only their own organisation's part of a section: a community or civil-society worker
	 * in the community section reads the notes of their organisation's referrals, not those of others.
	 */
	public boolean ownOrganizationOnly(Section section) {
		return section == Section.COMMUNITY && !audiences.contains(Audience.COORDINATOR)
				&& !audiences.contains(Audience.CASE_MANAGER_OF_THE_CASE);
	}

	/**
	 * The sections whose assessment domains the user reads: every one for those who see assessments whole (the
	 * coordinator, the case manager), the sections they read in their normal work for a specialist, none otherwise.
	 */
	public Set<Section> assessmentDomains() {
		if (shows(HeaderField.ASSESSMENTS)) {
			return EnumSet.allOf(Section.class);
		}
		Set<Section> domains = EnumSet.noneOf(Section.class);
		if (Audience.union(audiences).contains(HeaderField.OWN_ASSESSMENT_DOMAINS)) {
			Arrays.stream(Section.values()).filter(s -> s != Section.CORE && readsNormally(s)).forEach(domains::add);
		}
		return domains;
	}

	/**
	 * Assessments: read whole by the coordinator and the case manager, by domain by specialists; recorded by those
	 * who see them whole and write the core profile (the case manager).
	 */
	public Access assessments() {
		if (shows(HeaderField.ASSESSMENTS) && may(Section.CORE, Access.WRITE)) {
			return Access.WRITE;
		}
		return assessmentDomains().isEmpty() ? Access.NONE : Access.READ;
	}

	/**
	 * Whether the user may add to the case plan in a domain: the case manager in every domain they may read, a
	 * specialist or officer in the one they write. The core profile and the security screening hold no goals.
	 */
	public boolean mayPlan(Section domain) {
		if (domain == Section.CORE || domain == Section.SECURITY || ownOrganizationOnly(domain)) {
			return false;
		}
		return may(domain, Access.WRITE) || (caseManager && readsNormally(domain));
	}
}

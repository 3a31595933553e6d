package org.homeward.cases;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one user may do with one case: their access to each section, and whether they may see who viewed it.
 *
 * @param caseManager whether the user is the case's own case manager
 */
public record CaseGrant(UUID caseId, Map<Section, Access> sections, boolean accesses, boolean caseManager) {

	public CaseGrant {
		sections = sections.isEmpty() ? Map.of() : new EnumMap<>(sections);
	}

	public Access access(Section section) {
		return sections.getOrDefault(section, Access.NONE);
	}

	public boolean may(Section section, Access needed) {
		return access(section).atLeast(needed);
	}

	/** Whether the case is within the user's reach at all; if not, it answers as if it did not exist. */
	public boolean reachesCase() {
		return sections.values().stream().anyMatch(a -> a != Access.NONE);
	}

	/**
	 * Assessments ask about economic, social and psychosocial well-being: they are read by those who may read the
	 * core profile and the psychosocial section, and recorded by those who may write the core profile.
	 */
	public Access assessments() {
		if (may(Section.CORE, Access.WRITE) && may(Section.PSYCHOSOCIAL, Access.READ)) {
			return Access.WRITE;
		}
		return may(Section.CORE, Access.READ) && may(Section.PSYCHOSOCIAL, Access.READ) ? Access.READ : Access.NONE;
	}

	/**
	 * Whether the user may add to the case plan in a domain: the case manager in every domain they may read, a
	 * specialist or officer in the one they write. The core profile and the security screening hold no goals.
	 */
	public boolean mayPlan(Section domain) {
		if (domain == Section.CORE || domain == Section.SECURITY) {
			return false;
		}
		return may(domain, Access.WRITE) || (caseManager && may(domain, Access.READ));
	}
}

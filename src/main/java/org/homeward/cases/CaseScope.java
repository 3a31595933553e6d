package org.homeward.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;

/**
 * Which cases each role reaches (DESIGN.md §2): a coordinator, those of their region (a national coordinator, all);
 * a case manager, the cases they manage; a sector specialist, the cases where their sector's section is assigned
 * to them; justice and security officers, the cases of their region (or all, without a region); the auditor, every
 * case, for "who viewed" only. Other ways in come from other modules through {@link CaseReach}: an open referral
 * to a specialist's, a community's or a civil-society organisation's (with consent where needed). The analyst, the
 * administrator and the Council roles reach no case.
 */
public final class CaseScope {

	private CaseScope() {
	}

	/**
	 * The facts of a case that decide who reaches it.
	 *
	 * @param assignedSpecialists the specialist each section is assigned to
	 */
	public record Subject(UUID caseId, UUID regionId, UUID caseManagerId, Map<Section, UUID> assignedSpecialists) {
	}

	static boolean reaches(Role role, CurrentUser user, Subject subject, List<CaseReach> others) {
		boolean own = switch (role) {
			case COORDINATOR, JUSTICE_OFFICER, SECURITY_OFFICER ->
				user.regionId() == null || user.regionId().equals(subject.regionId());
			case CASE_MANAGER -> user.id().equals(subject.caseManagerId());
			case SECTOR_SPECIALIST -> user.sector() != null && Section.ofSector(user.sector())
					.map(section -> user.id().equals(subject.assignedSpecialists().get(section))).orElse(false);
			case AUDITOR -> true;
			default -> false;
		};
		return own || others.stream().anyMatch(reach -> reach.reaches(role, user, subject.caseId()));
	}

	/**
	 * The same rule as a condition on {@code case_file c}, for lists and counts, so that a list never shows a case
	 * its reader could not open. Parameters are added to {@code params}.
	 */
	public static String condition(CurrentUser user, Map<String, Object> params, List<CaseReach> others) {
		return condition(user.roles(), user, params, others);
	}

	/** The rule for some of the user's roles only: the cases they reach in these roles. */
	public static String condition(Collection<Role> roles, CurrentUser user, Map<String, Object> params,
			List<CaseReach> others) {
		StringBuilder any = new StringBuilder("(false");
		for (Role role : roles) {
			any.append(" OR ").append(condition(role, user, params, others));
		}
		return any.append(")").toString();
	}

	/** The cases the user reaches in one role, as a condition on {@code case_file c}. */
	public static String condition(Role role, CurrentUser user, Map<String, Object> params, List<CaseReach> others) {
		StringBuilder any = new StringBuilder("(false");
		for (CaseReach reach : others) {
			any.append(" OR ").append(reach.condition(role, user, params));
		}
		params.put("scopeUser", user.id());
		switch (role) {
			case COORDINATOR, JUSTICE_OFFICER, SECURITY_OFFICER -> {
				if (user.regionId() == null) {
					any.append(" OR true");
				}
				else {
					params.put("scopeRegion", user.regionId());
					any.append(" OR c.region_id = :scopeRegion");
				}
			}
			case CASE_MANAGER -> any.append(" OR c.case_manager_id = :scopeUser");
			case SECTOR_SPECIALIST -> {
				if (user.sector() != null && Section.ofSector(user.sector()).isPresent()) {
					params.put("scopeSection", Section.ofSector(user.sector()).get().name());
					any.append(" OR EXISTS (SELECT 1 FROM case_section s WHERE s.case_id = c.id")
							.append(" AND s.section = :scopeSection AND s.assigned_specialist_id = :scopeUser)");
				}
			}
			default -> {
				// the auditor reaches cases only for "who viewed"; no list of cases
			}
		}
		return any.append(")").toString();
	}
}

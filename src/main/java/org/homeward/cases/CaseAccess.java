package org.homeward.cases;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.cases.internal.CaseStore;
import org.homeward.cases.internal.EmergencyAccessStore;
import org.homeward.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The need-to-know rule of a case, on the server, for every way in (pages, API, exports, other modules): which
 * cases a user reaches ({@link CaseScope}) and what they may do in each section there ({@link SectionRules}).
 */
@Service
public class CaseAccess {

	private final CaseStore cases;
	private final List<CaseReach> reaches;
	private final EmergencyAccessStore emergencies;

	CaseAccess(CaseStore cases, List<CaseReach> reaches, EmergencyAccessStore emergencies) {
		this.cases = cases;
		this.reaches = reaches;
		this.emergencies = emergencies;
	}

	/** The user's access to a case; a case the user does not reach at all is not found, as if it did not exist. */
	@Transactional(readOnly = true)
	public CaseGrant grant(UUID caseId, CurrentUser user) {
		CaseScope.Subject subject = cases.scopeSubject(caseId).orElseThrow(() -> new RecordNotFound("CASE"));
		CaseGrant grant = withEmergencies(grant(subject, user, reaches), user);
		if (!grant.reachesCase() && !grant.accesses()) {
			throw new RecordNotFound("CASE");
		}
		return grant;
	}

	/** Like {@link #grant}, and refused with 403 when the case is reached but not this section at this level. */
	@Transactional(readOnly = true)
	public CaseGrant require(UUID caseId, Section section, Access needed, CurrentUser user) {
		CaseGrant grant = grant(caseId, user);
		if (!grant.may(section, needed)) {
			throw new AccessDeniedException("section " + section + " needs " + needed);
		}
		return grant;
	}

	/** The facts of a case the user reaches; for modules that work beside cases (assessments). */
	@Transactional(readOnly = true)
	public CaseFacts facts(UUID caseId, CurrentUser user) {
		grant(caseId, user);
		return cases.facts(caseId).orElseThrow(() -> new RecordNotFound("CASE"));
	}

	/** How to name a case at the top of a page; for anyone who reaches at least its minimal profile. */
	@Transactional(readOnly = true)
	public CaseHeader header(UUID caseId, CurrentUser user) {
		CaseGrant grant = grant(caseId, user);
		if (!grant.may(Section.CORE, Access.MINIMAL)) {
			throw new AccessDeniedException("no profile");
		}
		return cases.header(caseId).orElseThrow(() -> new RecordNotFound("CASE"));
	}

	/**
	 * Break-the-glass: an active emergency grant opens its section for reading, with the core profile that says
	 * whose section it is, for the hours granted and no longer.
	 */
	private CaseGrant withEmergencies(CaseGrant grant, CurrentUser user) {
		List<Section> open = emergencies.activeSections(grant.caseId(), user.id());
		if (open.isEmpty()) {
			return grant;
		}
		Map<Section, Access> sections = new EnumMap<>(Section.class);
		sections.putAll(grant.sections());
		for (Section section : open) {
			sections.merge(section, Access.READ, (a, b) -> a.atLeast(b) ? a : b);
			sections.merge(Section.CORE, Access.READ, (a, b) -> a.atLeast(b) ? a : b);
		}
		return new CaseGrant(grant.caseId(), sections, grant.accesses(), grant.caseManager());
	}

	static CaseGrant grant(CaseScope.Subject subject, CurrentUser user, List<CaseReach> reaches) {
		Map<Section, Access> sections = new EnumMap<>(Section.class);
		boolean accesses = false;
		Section specialistSection = user.sector() == null ? null : Section.ofSector(user.sector()).orElse(null);
		for (Role role : user.roles()) {
			if (!CaseScope.reaches(role, user, subject, reaches)) {
				continue;
			}
			for (Section section : Section.values()) {
				Access access = SectionRules.of(role, section, specialistSection);
				sections.merge(section, access, (a, b) -> a.atLeast(b) ? a : b);
			}
			accesses |= SectionRules.maySeeAccesses(role);
		}
		boolean caseManager = user.id().equals(subject.caseManagerId());
		return new CaseGrant(subject.caseId(), sections, accesses, caseManager);
	}
}

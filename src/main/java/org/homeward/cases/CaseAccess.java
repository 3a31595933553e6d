package org.homeward.cases;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
		return find(caseId, user).orElseThrow(() -> new RecordNotFound("CASE"));
	}

	/**
	 * The user's access to a case, or none when the case does not exist or is out of their reach. Never throws, so
	 * that a list can leave out what its reader may not see without spoiling the transaction it runs in.
	 */
	@Transactional(readOnly = true)
	public Optional<CaseGrant> find(UUID caseId, CurrentUser user) {
		return cases.scopeSubject(caseId).map(subject -> withEmergencies(grant(subject, user, reaches), user))
				.filter(grant -> grant.reachesCase() || grant.accesses());
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

	/**
	 * The facts of a case the user reaches, for modules that work beside cases to apply their rules (a child's
	 * consent, an instrument for children); never shown as they are.
	 */
	@Transactional(readOnly = true)
	public CaseFacts facts(UUID caseId, CurrentUser user) {
		grant(caseId, user);
		return cases.facts(caseId).orElseThrow(() -> new RecordNotFound("CASE"));
	}

	/** How to name a case at the top of a page, as the reader's audience may see it. */
	@Transactional(readOnly = true)
	public CaseHeader header(UUID caseId, CurrentUser user) {
		CaseGrant grant = grant(caseId, user);
		if (!grant.may(Section.CORE, Access.MINIMAL)) {
			throw new AccessDeniedException("no profile");
		}
		return CaseProjection.header(cases.header(caseId).orElseThrow(() -> new RecordNotFound("CASE")), grant);
	}

	/**
	 * Break-the-glass: an active emergency grant opens its section for reading, with the minimal profile that says
	 * whose section it is, for the hours granted and no longer; nothing else of the case.
	 */
	private CaseGrant withEmergencies(CaseGrant grant, CurrentUser user) {
		List<Section> open = emergencies.activeSections(grant.caseId(), user.id());
		if (open.isEmpty()) {
			return grant;
		}
		Map<Section, Access> sections = new EnumMap<>(Section.class);
		sections.putAll(grant.sections());
		Set<Section> opened = EnumSet.noneOf(Section.class);
		for (Section section : open) {
			if (!grant.may(section, Access.READ)) {
				sections.put(section, Access.READ);
				opened.add(section);
			}
		}
		if (opened.isEmpty()) {
			return grant;
		}
		sections.merge(Section.CORE, Access.MINIMAL, (a, b) -> a.atLeast(b) ? a : b);
		return new CaseGrant(grant.caseId(), sections, grant.audiences(), opened, grant.accesses(),
				grant.caseManager());
	}

	static CaseGrant grant(CaseScope.Subject subject, CurrentUser user, List<CaseReach> reaches) {
		Map<Section, Access> sections = new EnumMap<>(Section.class);
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		boolean accesses = false;
		Section specialistSection = user.sector() == null ? null : Section.ofSector(user.sector()).orElse(null);
		for (Role role : user.roles()) {
			if (!CaseScope.reaches(role, user, subject, reaches)) {
				continue;
			}
			for (Section section : Section.values()) {
				Access access = SectionRules.of(role, section, specialistSection);
				if (access != Access.NONE) {
					sections.merge(section, access, (a, b) -> a.atLeast(b) ? a : b);
				}
			}
			Audience.of(role, user.sector()).ifPresent(audiences::add);
			accesses |= SectionRules.maySeeAccesses(role);
		}
		boolean caseManager = user.id().equals(subject.caseManagerId());
		return new CaseGrant(subject.caseId(), sections, audiences, Set.of(), accesses, caseManager);
	}
}

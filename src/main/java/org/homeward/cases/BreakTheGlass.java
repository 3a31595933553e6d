package org.homeward.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.internal.CaseStore;
import org.homeward.cases.internal.EmergencyAccessStore;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access to a section a user does not normally see ("break the glass"): granted at once on a stated
 * reason, for at most a few hours (4 by default), recorded in the audit trail and queued for the auditor, who marks
 * it justified or flags it. Only for a section the user's role could be given in its normal work (a teacher:
 * education; security and justice officers: nothing outside their own sections, which no emergency opens); one open
 * grant per user and case, and no new one on that case until the auditor has reviewed the last or a day has passed
 * since it ended. A grant opens its section and the minimal profile, nothing else ({@link CaseAccess}).
 */
@Service
public class BreakTheGlass {

	/** The roles of people who work on cases; others have no business in one, even in an emergency. */
	private static final Role[] CASE_WORK = { Role.COORDINATOR, Role.CASE_MANAGER, Role.SECTOR_SPECIALIST,
			Role.JUSTICE_OFFICER, Role.SECURITY_OFFICER };

	/**
	 * Sections no emergency opens: court proceedings and security screening have their own legal basis for access,
	 * and a social emergency is not one.
	 */
	private static final Set<Section> SEALED = EnumSet.of(Section.LEGAL, Section.SECURITY);

	/** After a grant ends, how long before the same user may break the glass on the same case again unreviewed. */
	private static final Duration COOLING_OFF = Duration.ofHours(24);

	private final EmergencyAccessStore grants;
	private final CaseStore cases;
	private final AuditTrail audit;
	private final Duration longest;

	BreakTheGlass(EmergencyAccessStore grants, CaseStore cases, AuditTrail audit,
			@Value("${homeward.cases.break-the-glass.max-duration:4h}") Duration longest) {
		this.grants = grants;
		this.cases = cases;
		this.audit = audit;
		this.longest = longest;
	}

	/** Whether the user's work is on cases, so that an emergency could call for a section of one. */
	public static boolean mayAsk(CurrentUser user) {
		return user.hasAny(CASE_WORK);
	}

	/**
	 * The sections an emergency may open for this user: those their roles read in their normal work on a case (a
	 * specialist, their sector's), never the core profile and never a sealed section.
	 */
	public static List<Section> openable(CurrentUser user) {
		Section ownSector = user.sector() == null ? null : Section.ofSector(user.sector()).orElse(null);
		return Arrays.stream(Section.values()).filter(section -> section != Section.CORE && !SEALED.contains(section))
				.filter(section -> Arrays.stream(CASE_WORK).filter(user::has)
						.anyMatch(role -> SectionRules.of(role, section, ownSector).atLeast(Access.READ)))
				.toList();
	}

	/** The longest a grant lasts. */
	public Duration longest() {
		return longest;
	}

	/**
	 * Grants emergency access to one section of a case. The case is named by its number, since the one who needs it
	 * does not reach it otherwise; a case that does not exist is not found either way.
	 */
	@Transactional
	public EmergencyAccess request(UUID caseId, Section section, String reason, Duration wanted, CurrentUser user) {
		if (!mayAsk(user)) {
			throw new AccessDeniedException("no case work");
		}
		if (cases.scopeSubject(caseId).isEmpty()) {
			throw new RecordNotFound("CASE");
		}
		checkMayOpen(caseId, section, user);
		if (reason == null || reason.strip().length() < 10) {
			throw new Refused("emergency.reason.required");
		}
		Duration duration = wanted == null || wanted.isNegative() || wanted.isZero() || wanted.compareTo(longest) > 0
				? longest : wanted;
		Instant now = Instant.now();
		UUID id = grants.insert(caseId, section, user.id(), user.username(), reason.strip(), now, now.plus(duration));
		audit.record(user.actor(), AuditAction.CREATE, "EMERGENCY_ACCESS", id,
				"case " + caseId + " section " + section + " for " + duration.toMinutes() + " min");
		return grants.find(id).orElseThrow();
	}

	/**
	 * Who a case number names, for the one asking for emergency access to confirm it is the person they mean before
	 * the glass is broken: the minimal profile (name, age, locality), nothing else. Refused as the grant itself would
	 * be (a section the user could not open, an open or unreviewed grant on the case), so that the confirmation tells
	 * no one more than the grant would; the lookup is audited.
	 */
	@Transactional
	public Confirmation confirm(String caseNumber, Section section, CurrentUser user) {
		if (!mayAsk(user)) {
			throw new AccessDeniedException("no case work");
		}
		UUID caseId = cases.withNumber(caseNumber == null ? "" : caseNumber).orElseThrow(() -> new RecordNotFound("CASE"));
		checkMayOpen(caseId, section, user);
		CaseStore.MinimalProfile person = cases.minimalProfile(caseId);
		audit.record(user.actor(), AuditAction.VIEW, "PERSON", person.personId(), "emergency confirmation, case " + caseId);
		return new Confirmation(caseId, person.caseNumber(), person.name(), person.age(), person.locality(), section);
	}

	/** What the one asking sees before breaking the glass. */
	public record Confirmation(UUID caseId, String caseNumber, String name, int age, String locality,
			Section section) {
	}

	private void checkMayOpen(UUID caseId, Section section, CurrentUser user) {
		if (!openable(user).contains(section)) {
			throw new Refused(SEALED.contains(section) && !CaseProjection.speaksPlainly(user)
					? "emergency.section.sealed" : "emergency.section.notYours");
		}
		if (!grants.activeSections(caseId, user.id()).isEmpty()) {
			throw new Refused("emergency.alreadyOpen");
		}
		if (grants.latestOf(caseId, user.id()).filter(last -> last.review() == EmergencyAccess.Review.PENDING)
				.filter(last -> last.expiresAt().isAfter(Instant.now().minus(COOLING_OFF))).isPresent()) {
			throw new Refused("emergency.awaitingReview");
		}
	}

	/** The user's active grants, for the banner every page shows while one is open. */
	@Transactional(readOnly = true)
	public List<EmergencyAccess> activeOf(CurrentUser user) {
		return grants.activeOf(user.id());
	}

	/** The auditor's queue: the grants still to review, or all recent ones. */
	@Transactional
	public List<EmergencyAccess> queue(boolean pendingOnly, CurrentUser auditor) {
		requireAuditor(auditor);
		List<EmergencyAccess> queue = grants.queue(pendingOnly);
		audit.recordEach(auditor.actor(), AuditAction.LIST, "EMERGENCY_ACCESS",
				queue.stream().map(EmergencyAccess::id).toList(), pendingOnly ? "to review" : "all");
		return queue;
	}

	@Transactional
	public void review(UUID id, int version, EmergencyAccess.Review verdict, String note, CurrentUser auditor) {
		requireAuditor(auditor);
		if (verdict == EmergencyAccess.Review.PENDING) {
			throw new Refused("emergency.review.verdict");
		}
		grants.review(id, version, verdict, note == null ? null : note.strip(), auditor.username());
		audit.record(auditor.actor(), AuditAction.UPDATE, "EMERGENCY_ACCESS", id, "review " + verdict);
	}

	private static void requireAuditor(CurrentUser user) {
		if (!user.has(Role.AUDITOR)) {
			throw new AccessDeniedException("the auditor's queue");
		}
	}
}

package org.homeward.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.CaseView;
import org.homeward.cases.Cases;
import org.homeward.cases.Section;
import org.homeward.referrals.internal.DeliveryStore;
import org.homeward.referrals.internal.ReferralStore;
import org.homeward.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the people of a receiving organisation (a mahalla committee, a civil-society organisation, a specialist
 * service) work from: the open referrals to their organisation, each with the minimal profile of the person (name,
 * age, locality) and the task; no health, legal, security or repatriation details, and no "returnee" label on a child.
 */
@Service
public class CommunityWork {

	private final ReferralStore referrals;
	private final DeliveryStore deliveries;
	private final Cases cases;
	private final AuditTrail audit;

	CommunityWork(ReferralStore referrals, DeliveryStore deliveries, Cases cases, AuditTrail audit) {
		this.referrals = referrals;
		this.deliveries = deliveries;
		this.cases = cases;
		this.audit = audit;
	}

	/**
	 * A task as a receiving organisation sees it.
	 *
	 * @param age in years; the only detail of the person besides name and locality
	 */
	public record Task(UUID referralId, int version, UUID caseId, String name, Integer age, String locality,
			String serviceCode, Section section, String task, LocalDate dueDate, ReferralStatus status,
			List<ServiceDelivery> log) {
	}

	/** The open referrals to the user's organisation that the user reaches; each person listed is audited. */
	@Transactional
	public List<Task> tasks(CurrentUser user) {
		requireTaskWork(user);
		if (user.organizationId() == null) {
			return List.of();
		}
		List<Task> tasks = new ArrayList<>();
		for (Referral referral : referrals.openTo(user.organizationId())) {
			// a referral in a section the user's role does not work in is another colleague's task
			cases.personSeenBy(referral.caseId(), user).ifPresent(person -> tasks.add(task(referral, person, List.of())));
		}
		audit.recordEach(user.actor(), AuditAction.LIST, "REFERRAL", tasks.stream().map(Task::referralId).toList(),
				"tasks");
		return tasks;
	}

	/** One task with its activity log; refused (not found) once the referral is closed or its consent withdrawn. */
	@Transactional
	public Task task(UUID referralId, CurrentUser user) {
		requireTaskWork(user);
		Referral referral = referrals.find(referralId).filter(r -> r.status().isOpen())
				.filter(r -> r.toOrganizationId().equals(user.organizationId()))
				.orElseThrow(() -> new RecordNotFound("REFERRAL"));
		CaseView.Profile person = cases.personSeenBy(referral.caseId(), user)
				.orElseThrow(() -> new RecordNotFound("REFERRAL"));
		List<ServiceDelivery> log = deliveries.inSection(referral.caseId(), referral.section()).stream()
				.filter(d -> referralId.equals(d.referralId())).toList();
		return task(referral, person, log);
	}

	/** Tasks are the work of those who receive referrals: community, civil-society and sector workers. */
	private static void requireTaskWork(CurrentUser user) {
		if (!user.hasAny(Role.COMMUNITY_WORKER, Role.CSO_WORKER, Role.SECTOR_SPECIALIST)) {
			throw new AccessDeniedException("no tasks in this role");
		}
	}

	private static Task task(Referral referral, CaseView.Profile person, List<ServiceDelivery> log) {
		return new Task(referral.id(), referral.version(), referral.caseId(), person.name(), person.age(),
				person.locality(), referral.serviceCode(), referral.section(), referral.task(), referral.dueDate(), referral.status(), log);
	}
}

package org.homeward.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.Waiting;
import org.homeward.accounts.WaitingWork;
import org.homeward.cases.internal.CaseStore;
import org.homeward.cases.internal.EmergencyAccessStore;
import org.homeward.cases.internal.TransferStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The queues of case work on each person's home page: counts only, never a name. */
@Service
class CaseQueues implements WaitingWork {

	private final CaseStore cases;
	private final TransferStore transfers;
	private final EmergencyAccessStore grants;

	CaseQueues(CaseStore cases, TransferStore transfers, EmergencyAccessStore grants) {
		this.cases = cases;
		this.transfers = transfers;
		this.grants = grants;
	}

	/**
	 * What waits for the user in case work: for a coordinator, closures to decide (the national one), transfers into
	 * their region, cases without a case manager, cases with an urgent medical need and no health specialist, school-age children with no
	 * school specialist, overdue actions by region; for a case manager, overdue actions; for a specialist, sections
	 * given to them that they have not written yet; for the auditor, emergency grants to review. Counted within the user's reach, never beyond.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(CurrentUser user) {
		List<Waiting> waiting = new ArrayList<>();
		if (user.has(Role.COORDINATOR)) {
			Map<String, Object> params = new HashMap<>();
			String scope = CaseScope.condition(Role.COORDINATOR, user, params, List.of());
			if (user.regionId() == null) {
				waiting.add(new Waiting("waiting.closures", cases.count(scope + " AND c.closure_requested_at IS NOT NULL",
						params), "/cases?closure=true"));
			}
			waiting.add(new Waiting("waiting.unassigned", cases.count(scope + " AND c.case_manager_id IS NULL"
					+ " AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')", params), "/cases?unassigned=true"));
			waiting.add(new Waiting("waiting.medicalWithoutSpecialist", cases.count(scope
					+ " AND 'URGENT_MEDICAL_NEED' = ANY (c.flags) AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')"
					+ " AND EXISTS (SELECT 1 FROM case_section s WHERE s.case_id = c.id AND s.section = 'HEALTH'"
					+ " AND s.assigned_specialist_id IS NULL)", params), "/cases?flag=URGENT_MEDICAL_NEED"));
			waiting.add(new Waiting("waiting.pupilsWithoutSchool", cases.count(scope
					+ " AND c.stage NOT IN ('CLOSED', 'TRANSFERRED') AND EXISTS (SELECT 1 FROM person p"
					+ " WHERE p.id = c.person_id AND p.birth_date BETWEEN current_date - interval '18 years'"
					+ " AND current_date - interval '6 years') AND EXISTS (SELECT 1 FROM case_section s"
					+ " WHERE s.case_id = c.id AND s.section = 'EDUCATION' AND s.assigned_specialist_id IS NULL)",
					params), "/cases"));
			waiting.add(new Waiting("waiting.transfers", transfers.countPendingInto(user.regionId()), "/cases#waiting-transfers"));
			cases.overdueByRegion(scope, params).forEach((region, count) -> waiting
					.add(new Waiting("waiting.overdueIn", count, "/cases?overdue=true&regionId=" + region, region)));
		}
		if (user.has(Role.CASE_MANAGER)) {
			Map<String, Object> params = new HashMap<>();
			params.put("me", user.id());
			waiting.add(new Waiting("waiting.overdueActions", cases.count("c.case_manager_id = :me"
					+ " AND c.stage NOT IN ('CLOSED', 'TRANSFERRED') AND EXISTS (SELECT 1 FROM plan_action a"
					+ " WHERE a.case_id = c.id AND a.overdue)", params), "/cases/my-work"));
		}
		if (user.has(Role.SECTOR_SPECIALIST) && user.sector() != null && Section.ofSector(user.sector()).isPresent()) {
			Map<String, Object> params = new HashMap<>();
			params.put("me", user.id());
			params.put("username", user.username());
			params.put("section", Section.ofSector(user.sector()).get().name());
			waiting.add(new Waiting("waiting.newSections", cases.count("c.stage NOT IN ('CLOSED', 'TRANSFERRED')"
					+ " AND EXISTS (SELECT 1 FROM case_section s WHERE s.case_id = c.id AND s.section = :section"
					+ " AND s.assigned_specialist_id = :me AND NOT EXISTS (SELECT 1 FROM case_note n"
					+ " WHERE n.case_id = c.id AND n.section = s.section AND n.written_by = :username))", params),
					"/cases/my-work"));
		}
		if (user.has(Role.AUDITOR)) {
			waiting.add(new Waiting("waiting.emergencyReviews", grants.countPendingReview(),
					"/audit/emergency-access"));
		}
		return waiting;
	}
}

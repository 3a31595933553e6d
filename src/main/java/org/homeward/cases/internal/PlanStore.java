package org.homeward.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.ActionStatus;
import org.homeward.cases.OverdueAction;
import org.homeward.cases.Plan;
import org.homeward.cases.Section;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case plans in PostgreSQL: goals by domain and their actions. */
@Repository
public class PlanStore {

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A goal with its actions, before the reader's access is applied. */
	public record GoalRow(UUID id, Section domain, String description, List<Plan.Action> actions) {
	}

	public List<GoalRow> goals(UUID caseId) {
		return jdbc.sql("SELECT * FROM plan_goal WHERE case_id = ? ORDER BY created_at").param(caseId)
				.query((rs, n) -> new GoalRow(rs.getObject("id", UUID.class), Section.valueOf(rs.getString("domain")),
						rs.getString("description"), actions(rs.getObject("id", UUID.class))))
				.list();
	}

	private List<Plan.Action> actions(UUID goalId) {
		return jdbc.sql("SELECT * FROM plan_action WHERE goal_id = ? ORDER BY due_date, id").param(goalId)
				.query((rs, n) -> new Plan.Action(rs.getObject("id", UUID.class), rs.getInt("version"),
						rs.getObject("goal_id", UUID.class), rs.getString("description"),
						rs.getObject("responsible_organization_id", UUID.class), rs.getObject("due_date", LocalDate.class),
						ActionStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue")))
				.list();
	}

	public Optional<Section> domainOfGoal(UUID caseId, UUID goalId) {
		return jdbc.sql("SELECT domain FROM plan_goal WHERE case_id = ? AND id = ?").params(caseId, goalId)
				.query(String.class).optional().map(Section::valueOf);
	}

	public Optional<Section> domainOfAction(UUID caseId, UUID actionId) {
		return jdbc.sql("""
				SELECT g.domain FROM plan_action a JOIN plan_goal g ON g.id = a.goal_id
				WHERE a.case_id = ? AND a.id = ?""").params(caseId, actionId).query(String.class).optional()
				.map(Section::valueOf);
	}

	public UUID addGoal(UUID caseId, Section domain, String description, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO plan_goal (id, case_id, domain, description, created_by) VALUES (?, ?, ?, ?, ?)")
				.params(id, caseId, domain.name(), description.strip(), actor).update();
		return id;
	}

	public UUID addAction(UUID caseId, UUID goalId, String description, UUID organizationId, LocalDate dueDate,
			String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO plan_action (id, goal_id, case_id, description, responsible_organization_id, due_date, status,
				  overdue, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', ? < current_date, ?)""")
				.params(id, goalId, caseId, description.strip(), organizationId, dueDate, dueDate, actor).update();
		return id;
	}

	public void changeStatus(UUID caseId, UUID actionId, int version, ActionStatus status, String actor) {
		int updated = jdbc.sql("""
				UPDATE plan_action SET status = ?, overdue = (? IN ('PLANNED', 'IN_PROGRESS') AND due_date < current_date),
				  version = version + 1, updated_at = now(), updated_by = ?
				WHERE case_id = ? AND id = ? AND version = ?""")
				.params(status.name(), status.name(), actor, caseId, actionId, version).update();
		if (updated == 0) {
			int current = jdbc.sql("SELECT version FROM plan_action WHERE case_id = ? AND id = ?")
					.params(caseId, actionId).query(Integer.class).optional()
					.orElseThrow(() -> new RecordNotFound("ACTION"));
			throw new StaleVersion("ACTION", version, current);
		}
	}

	/**
	 * Brings every action's overdue flag up to date: open and past its due date. Returns how many changed.
	 * The flag is data rather than a computation at read time so that caseload lists can filter on it cheaply.
	 */
	public int refreshOverdue() {
		return jdbc.sql("""
				UPDATE plan_action SET overdue = NOT overdue
				WHERE overdue <> (status IN ('PLANNED', 'IN_PROGRESS') AND due_date < current_date)""").update();
	}

	/** The overdue actions of the given cases' plans, oldest first. */
	public List<OverdueAction> overdue(String caseCondition, java.util.Map<String, Object> params) {
		return jdbc.sql("""
				SELECT c.id AS case_id, p.surname_latin, p.given_name_latin, p.patronymic_latin, p.surname_cyrillic,
				  p.given_name_cyrillic, p.patronymic_cyrillic, a.id AS action_id, g.domain, a.description, a.due_date
				FROM plan_action a JOIN plan_goal g ON g.id = a.goal_id JOIN case_file c ON c.id = a.case_id
				JOIN person p ON p.id = c.person_id
				WHERE a.overdue AND (""" + caseCondition + ") ORDER BY a.due_date LIMIT 200")
				.params(params)
				.query((rs, n) -> new OverdueAction(rs.getObject("case_id", UUID.class), CaseStore.displayName(rs),
						rs.getObject("action_id", UUID.class), Section.valueOf(rs.getString("domain")),
						rs.getString("description"), rs.getObject("due_date", LocalDate.class)))
				.list();
	}
}

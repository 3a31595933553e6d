package org.homeward.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
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

	/** A case's goals with their actions, in one query (index plan_action_by_goal). */
	public List<GoalRow> goals(UUID caseId) {
		Map<UUID, GoalRow> goals = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT g.id AS goal, g.domain, g.description AS goal_description, a.id, a.version, a.description,
				  a.responsible_organization_id, a.due_date, a.status, a.overdue
				FROM plan_goal g LEFT JOIN plan_action a ON a.goal_id = g.id
				WHERE g.case_id = ? ORDER BY g.created_at, g.id, a.due_date, a.id""").param(caseId)
				.query((ResultSet rs) -> {
					UUID goalId = rs.getObject("goal", UUID.class);
					GoalRow goal = goals.computeIfAbsent(goalId, id -> {
						try {
							return new GoalRow(id, Section.valueOf(rs.getString("domain")),
									rs.getString("goal_description"), new ArrayList<>());
						}
						catch (SQLException e) {
							throw new IllegalStateException(e);
						}
					});
					if (rs.getObject("id") != null) {
						goal.actions().add(new Plan.Action(rs.getObject("id", UUID.class), rs.getInt("version"), goalId,
								rs.getString("description"), rs.getObject("responsible_organization_id", UUID.class),
								rs.getObject("due_date", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
								rs.getBoolean("overdue")));
					}
				});
		return goals.values().stream()
				.map(g -> new GoalRow(g.id(), g.domain(), g.description(), List.copyOf(g.actions()))).toList();
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

	/**
	 * The overdue actions of the cases a case manager manages and still works on (a closed or transferred case's plan
	 * is no one's work any more), oldest first: read from the manager's cases
	 * (index case_file_by_manager) to their overdue actions (partial index plan_action_overdue_by_case), never from
	 * every overdue action of the country.
	 */
	public List<OverdueAction> overdueOfManager(UUID manager, int limit) {
		return jdbc.sql("""
				SELECT c.id AS case_id, p.surname_latin, p.given_name_latin, p.patronymic_latin, p.surname_cyrillic,
				  p.given_name_cyrillic, p.patronymic_cyrillic, a.id AS action_id, g.domain, a.description, a.due_date
				FROM case_file c
				CROSS JOIN LATERAL (SELECT * FROM plan_action a WHERE a.case_id = c.id AND a.overdue) a
				JOIN plan_goal g ON g.id = a.goal_id JOIN person p ON p.id = c.person_id
				WHERE c.case_manager_id = :manager AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')
				ORDER BY a.due_date, a.id LIMIT :limit""")
				.param("manager", manager).param("limit", limit)
				.query((rs, n) -> new OverdueAction(rs.getObject("case_id", UUID.class), CaseStore.displayName(rs),
						rs.getObject("action_id", UUID.class), Section.valueOf(rs.getString("domain")),
						rs.getString("description"), rs.getObject("due_date", LocalDate.class)))
				.list();
	}
}

package org.homeward.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.Section;
import org.homeward.referrals.Referral;
import org.homeward.referrals.ReferralStatus;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals and their history in PostgreSQL. */
@Repository
public class ReferralStore {

	/** The statuses in which a referral is open, as SQL. */
	public static final String OPEN = "('REQUESTED', 'ACCEPTED', 'IN_PROGRESS')";

	private final JdbcClient jdbc;

	ReferralStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(UUID caseId, String serviceCode, Section section, UUID fromOrganization, UUID toOrganization,
			UUID referredBy, String referredByName, String task, LocalDate dueDate, UUID consentId, UUID previous,
			String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO referral (id, case_id, service_code, section, from_organization_id, to_organization_id,
				  referred_by, referred_by_name, task, due_date, status, consent_id, previous_referral_id, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?)""")
				.params(id, caseId, serviceCode, section.name(), fromOrganization, toOrganization, referredBy,
						referredByName, task, dueDate, consentId, previous, actor)
				.update();
		history(id, null, ReferralStatus.REQUESTED, null, actor);
		return id;
	}

	public Optional<Referral> find(UUID id) {
		return jdbc.sql("SELECT * FROM referral WHERE id = ?").param(id).query((rs, n) -> referral(rs, history(id)))
				.optional();
	}

	public List<Referral> ofCase(UUID caseId) {
		return jdbc.sql("SELECT * FROM referral WHERE case_id = ? ORDER BY created_at DESC").param(caseId)
				.query((rs, n) -> referral(rs, history(rs.getObject("id", UUID.class)))).list();
	}

	/** The open referrals to an organisation, oldest first: a community worker's tasks. */
	/** How many referrals a case manager made on their open cases were answered within the last days. */
	public long answeredRecentlyTo(UUID caseManagerId, int days) {
		return jdbc.sql("""
				SELECT count(*) FROM referral r JOIN case_file c ON c.id = r.case_id
				WHERE c.case_manager_id = :me AND r.referred_by = :me AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')
				  AND r.status IN ('ACCEPTED', 'DECLINED', 'COMPLETED', 'NOT_COMPLETED')
				  AND r.updated_at > now() - make_interval(days => :days)""")
				.param("me", caseManagerId).param("days", days).query(Long.class).single();
	}

	public List<Referral> openTo(UUID organizationId) {
		return jdbc.sql("SELECT * FROM referral WHERE to_organization_id = ? AND status IN " + OPEN
				+ " ORDER BY created_at").param(organizationId).query((rs, n) -> referral(rs, List.of())).list();
	}

	public void move(UUID id, int version, ReferralStatus from, ReferralStatus to, String reason, String actor) {
		int updated = jdbc.sql("""
				UPDATE referral SET status = ?, reason = coalesce(?, reason), version = version + 1, updated_at = now(),
				  updated_by = ?
				WHERE id = ? AND version = ? AND status = ?""")
				.params(to.name(), reason, actor, id, version, from.name()).update();
		if (updated == 0) {
			int current = jdbc.sql("SELECT version FROM referral WHERE id = ?").param(id).query(Integer.class)
					.optional().orElseThrow(() -> new RecordNotFound("REFERRAL"));
			throw new StaleVersion("REFERRAL", version, current);
		}
		history(id, from, to, reason, actor);
	}

	/** Suspends the open referrals that relied on a consent; returns them as they were. */
	public List<Referral> suspendRelyingOn(UUID consentId, String reason, String actor) {
		List<Referral> open = jdbc.sql("SELECT * FROM referral WHERE consent_id = ? AND status IN " + OPEN)
				.param(consentId).query((rs, n) -> referral(rs, List.of())).list();
		for (Referral referral : open) {
			jdbc.sql("""
					UPDATE referral SET status = 'SUSPENDED', reason = ?, version = version + 1, updated_at = now(),
					  updated_by = ?
					WHERE id = ?""").params(reason, actor, referral.id()).update();
			history(referral.id(), referral.status(), ReferralStatus.SUSPENDED, reason, actor);
		}
		return open;
	}

	/** Referrals due for an overdue notice: unanswered for a week, or past their due date unfinished. */
	public List<Referral> overdueUnnoticed() {
		return jdbc.sql("""
				SELECT * FROM referral WHERE NOT overdue_notified AND (
				  (status = 'REQUESTED' AND created_at < now() - interval '7 days')
				  OR (status IN ('ACCEPTED', 'IN_PROGRESS') AND due_date < current_date))""")
				.query((rs, n) -> referral(rs, List.of())).list();
	}

	public void markOverdueNotified(UUID id) {
		jdbc.sql("UPDATE referral SET overdue_notified = true WHERE id = ?").param(id).update();
	}

	/**
	 * Whether an open referral to the organisation in this section reaches the case; a referral outside government
	 * also needs its consent still in force.
	 */
	public boolean reaches(UUID caseId, UUID organizationId, Section section) {
		return jdbc.sql("SELECT count(*) FROM referral r WHERE r.case_id = :case AND " + reachCondition())
				.params(Map.of("case", caseId, "organization", organizationId, "section", section.name()))
				.query(Long.class).single() > 0;
	}

	/** The reach rule as a condition on {@code referral r}, with parameters :organization and :section. */
	public static String reachCondition() {
		return "r.to_organization_id = :organization AND r.section = :section AND r.status IN " + OPEN
				+ " AND (r.consent_id IS NULL OR EXISTS (SELECT 1 FROM consent k WHERE k.id = r.consent_id"
				+ " AND k.withdrawn_on IS NULL AND (k.valid_until IS NULL OR k.valid_until >= current_date)))";
	}

	private void history(UUID id, ReferralStatus from, ReferralStatus to, String reason, String actor) {
		jdbc.sql("INSERT INTO referral_change (referral_id, from_status, to_status, reason, changed_by) VALUES (?, ?, ?, ?, ?)")
				.params(id, from == null ? null : from.name(), to.name(), reason, actor).update();
	}

	private List<Referral.Change> history(UUID id) {
		return jdbc.sql("SELECT * FROM referral_change WHERE referral_id = ? ORDER BY id").param(id)
				.query((rs, n) -> new Referral.Change(
						rs.getString("from_status") == null ? null : ReferralStatus.valueOf(rs.getString("from_status")),
						ReferralStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
						rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
				.list();
	}

	private static Referral referral(ResultSet rs, List<Referral.Change> history) throws SQLException {
		return new Referral(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("case_id", UUID.class),
				rs.getString("service_code"), Section.valueOf(rs.getString("section")),
				rs.getObject("from_organization_id", UUID.class), rs.getObject("to_organization_id", UUID.class),
				rs.getObject("referred_by", UUID.class), rs.getString("referred_by_name"), rs.getString("task"),
				rs.getObject("due_date", LocalDate.class), ReferralStatus.valueOf(rs.getString("status")),
				rs.getString("reason"), rs.getObject("consent_id", UUID.class),
				rs.getObject("previous_referral_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), history);
	}
}

package org.homeward.council.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.FollowUpCommands.AdoptRecommendation;
import org.homeward.council.FollowUpCommands.EditRecommendation;
import org.homeward.council.FollowUpCommands.ReportProgress;
import org.homeward.council.ImplementationStatus;
import org.homeward.council.MeetingTitle;
import org.homeward.council.ProgressReport;
import org.homeward.council.ReportReview;
import org.homeward.council.StatusChange;
import org.homeward.council.Theme;
import org.homeward.council.TrackerFilter;
import org.homeward.council.TrackerRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recommendations, their addressees with status and history, and progress reports, in PostgreSQL. */
@Repository
public class RecommendationStore {

	public static final String RECORD_TYPE = "COUNCIL_RECOMMENDATION";
	public static final String ADDRESSEE = "COUNCIL_ADDRESSEE";
	public static final String REPORT = "COUNCIL_PROGRESS_REPORT";

	private final JdbcClient jdbc;

	RecommendationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A recommendation row as stored, without its addressees. */
	public record Row(UUID id, int version, UUID meetingId, MeetingTitle meetingTitle, LocalDate meetingStartsOn,
			UUID agendaItemId, int number, String text, String textRu, String textUz, Theme theme, LocalDate dueOn,
			String note,
			java.time.Instant adoptedAt, String adoptedBy) {
	}

	/** An addressee row as stored, without history and reports. */
	public record AddresseeRow(UUID id, int version, UUID recommendationId, String countryCode, UUID organizationId,
			ImplementationStatus status, java.time.Instant statusChangedAt) {
	}

	private static final String SELECT = """
			SELECT r.*, m.title AS meeting_title, m.title_ru AS meeting_title_ru, m.title_uz AS meeting_title_uz,
			  m.starts_on AS meeting_starts_on
			FROM council_recommendation r JOIN council_meeting m ON m.id = r.meeting_id""";

	public Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RecommendationStore::row).optional();
	}

	public List<Row> ofMeeting(UUID meetingId) {
		return jdbc.sql(SELECT + " WHERE r.meeting_id = ? ORDER BY r.number").param(meetingId)
				.query(RecommendationStore::row).list();
	}

	public List<Row> byIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " WHERE r.id IN (:ids) ORDER BY m.starts_on, r.number").param("ids", ids)
				.query(RecommendationStore::row).list();
	}

	/** Recommendations of meetings before the given date with at least one addressee not yet settled. */
	public List<UUID> openBefore(LocalDate date) {
		return jdbc.sql("""
				SELECT r.id FROM council_recommendation r JOIN council_meeting m ON m.id = r.meeting_id
				WHERE m.starts_on < ? AND EXISTS (SELECT 1 FROM council_addressee a WHERE a.recommendation_id = r.id
				  AND a.status NOT IN ('IMPLEMENTED', 'NOT_APPLICABLE'))
				ORDER BY m.starts_on, r.number""")
				.param(date).query(UUID.class).list();
	}

	public UUID insert(AdoptRecommendation command, String actor) {
		UUID id = UUID.randomUUID();
		// one number after another within a meeting; the unique key turns a race into a refusal, not a duplicate
		int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM council_recommendation WHERE meeting_id = ?")
				.param(command.meetingId()).query(Integer.class).single();
		jdbc.sql("""
				INSERT INTO council_recommendation (id, meeting_id, agenda_item_id, number, text, text_ru, text_uz,
				  theme, due_on, note, adopted_by, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, command.meetingId(), command.agendaItemId(), number, command.text().strip(),
						blankToNull(command.textRu()), blankToNull(command.textUz()), command.theme().name(),
						command.dueOn(), blankToNull(command.note()), actor, actor)
				.update();
		return id;
	}

	public void update(UUID id, EditRecommendation e, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_recommendation SET text = ?, text_ru = ?, text_uz = ?, theme = ?, due_on = ?, note = ?,
				  version = version + 1, updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(e.text().strip(), blankToNull(e.textRu()), blankToNull(e.textUz()), e.theme().name(), e.dueOn(),
						blankToNull(e.note()), actor, id, e.version())
				.update();
		Versions.requireUpdated(updated, jdbc, "council_recommendation", id, e.version(), RECORD_TYPE);
	}

	// --- addressees ---

	public UUID addAddressee(UUID recommendationId, String countryCode, UUID organizationId, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_addressee (id, recommendation_id, country_code, organization_id) VALUES (?, ?, ?, ?)""")
				.params(id, recommendationId, countryCode, organizationId).update();
		jdbc.sql("INSERT INTO council_status_change (addressee_id, to_status, changed_by) VALUES (?, 'NOT_STARTED', ?)")
				.params(id, actor).update();
		return id;
	}

	public List<AddresseeRow> addressees(List<UUID> recommendationIds) {
		if (recommendationIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT a.* FROM council_addressee a LEFT JOIN country c ON c.code = a.country_code
				LEFT JOIN organization o ON o.id = a.organization_id
				WHERE a.recommendation_id IN (:ids) ORDER BY a.country_code IS NULL, c.name_en, o.name_en""")
				.param("ids", recommendationIds).query(RecommendationStore::addressee).list();
	}

	public Optional<AddresseeRow> addressee(UUID id) {
		return jdbc.sql("SELECT * FROM council_addressee WHERE id = ?").param(id).query(RecommendationStore::addressee)
				.optional();
	}

	/** Sets an addressee's status on the version the user saw and writes the change to its history. */
	public void changeStatus(UUID addresseeId, int version, ImplementationStatus to, String note, UUID reportId,
			String actor) {
		AddresseeRow before = addressee(addresseeId).orElseThrow();
		int updated = jdbc.sql("""
				UPDATE council_addressee SET status = ?, status_changed_at = now(), version = version + 1
				WHERE id = ? AND version = ?""")
				.params(to.name(), addresseeId, version).update();
		Versions.requireUpdated(updated, jdbc, "council_addressee", addresseeId, version, ADDRESSEE);
		jdbc.sql("""
				INSERT INTO council_status_change (addressee_id, from_status, to_status, note, report_id, changed_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
				.params(addresseeId, before.status().name(), to.name(), blankToNull(note), reportId, actor).update();
	}

	public Map<UUID, List<StatusChange>> history(List<UUID> addresseeIds) {
		Map<UUID, List<StatusChange>> history = new HashMap<>();
		if (addresseeIds.isEmpty()) {
			return history;
		}
		jdbc.sql("SELECT * FROM council_status_change WHERE addressee_id IN (:ids) ORDER BY id")
				.param("ids", addresseeIds)
				.query((ResultSet rs) -> {
					String from = rs.getString("from_status");
					history.computeIfAbsent(rs.getObject("addressee_id", UUID.class), k -> new ArrayList<>())
							.add(new StatusChange(from == null ? null : ImplementationStatus.valueOf(from),
									ImplementationStatus.valueOf(rs.getString("to_status")), rs.getString("note"),
									rs.getObject("report_id", UUID.class), rs.getTimestamp("changed_at").toInstant(),
									rs.getString("changed_by")));
				});
		return history;
	}

	// --- progress reports ---

	public UUID addReport(UUID addresseeId, ReportProgress report, UUID evidenceFileId, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_progress_report (id, addressee_id, reported_on, text, evidence, evidence_file_id,
				  proposed_status, submitted_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, addresseeId, report.reportedOn(), report.text().strip(), blankToNull(report.evidence()),
						evidenceFileId, report.proposedStatus().name(), actor)
				.update();
		return id;
	}

	public Optional<ProgressReport> report(UUID id) {
		return jdbc.sql(REPORTS + " WHERE p.id = ?").param(id).query(RecommendationStore::report).optional();
	}

	private static final String REPORTS = """
			SELECT p.*, f.file_name, f.content_type, f.size
			FROM council_progress_report p LEFT JOIN council_file f ON f.id = p.evidence_file_id""";

	public Map<UUID, List<ProgressReport>> reports(List<UUID> addresseeIds) {
		Map<UUID, List<ProgressReport>> reports = new HashMap<>();
		if (addresseeIds.isEmpty()) {
			return reports;
		}
		jdbc.sql(REPORTS + " WHERE p.addressee_id IN (:ids) ORDER BY p.reported_on DESC, p.submitted_at DESC")
				.param("ids", addresseeIds).query(RecommendationStore::report).list()
				.forEach(r -> reports.computeIfAbsent(r.addresseeId(), k -> new ArrayList<>()).add(r));
		return reports;
	}

	/** Records the review of a report still awaiting one; false when someone reviewed it first. */
	public boolean review(UUID reportId, ReportReview review, String note, String actor) {
		return jdbc.sql("""
				UPDATE council_progress_report SET review = ?, review_note = ?, reviewed_at = now(), reviewed_by = ?
				WHERE id = ? AND review = 'SUBMITTED'""")
				.params(review.name(), blankToNull(note), actor, reportId).update() > 0;
	}

	// --- the tracker ---

	/**
	 * One row per addressee of the recommendations that pass the filter. A member ({@code memberOrganization} given)
	 * gets those addressed to their organisation or its state, and those of the meetings their organisation sees;
	 * the secretariat (none given) gets all.
	 */
	public List<TrackerRow> tracker(TrackerFilter filter, UUID memberOrganization, String memberCountry,
			LocalDate today, Directory directory) {
		String visible = "true";
		Map<String, Object> visibleParams = new HashMap<>();
		if (memberOrganization != null) {
			visible = VISIBLE_TO_MEMBER;
			visibleParams.put("org", memberOrganization);
			visibleParams.put("orgCountry", memberCountry == null ? "" : memberCountry);
		}
		StringBuilder where = new StringBuilder(visible);
		Map<String, Object> params = new HashMap<>(visibleParams);
		params.put("today", today);
		if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
			where.append(" AND (a.country_code = :country OR o.country_code = :country)");
			params.put("country", filter.countryCode());
		}
		if (filter.theme() != null) {
			where.append(" AND r.theme = :theme");
			params.put("theme", filter.theme().name());
		}
		if (filter.status() != null) {
			where.append(" AND a.status = :status");
			params.put("status", filter.status().name());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.append(" AND ").append(OVERDUE);
		}
		if (filter.meetingId() != null) {
			where.append(" AND r.meeting_id = :meeting");
			params.put("meeting", filter.meetingId());
		}
		return jdbc.sql("""
				SELECT r.id AS recommendation_id, r.meeting_id, m.title, m.title_ru, m.title_uz, m.starts_on, r.number,
				  r.text, r.text_ru, r.text_uz, r.theme,
				  r.due_on, a.id AS addressee_id, a.country_code, a.organization_id, a.status,
				  """ + OVERDUE + """
				   AS overdue,
				  (SELECT max(p.reported_on) FROM council_progress_report p WHERE p.addressee_id = a.id
				     AND p.review <> 'RETURNED') AS last_reported_on
				FROM council_addressee a
				JOIN council_recommendation r ON r.id = a.recommendation_id
				JOIN council_meeting m ON m.id = r.meeting_id
				LEFT JOIN organization o ON o.id = a.organization_id
				LEFT JOIN country c ON c.code = coalesce(a.country_code, o.country_code)
				WHERE \s""" + where + """
				 ORDER BY m.starts_on DESC, r.number, a.country_code IS NULL, c.name_en, o.name_en
				LIMIT 1000""")
				.params(params)
				.query((rs, n) -> new TrackerRow(rs.getObject("recommendation_id", UUID.class),
						rs.getObject("meeting_id", UUID.class), MeetingStore.title(rs, ""),
						rs.getObject("starts_on", LocalDate.class), rs.getInt("number"), rs.getString("text"),
						rs.getString("text_ru"), rs.getString("text_uz"), Theme.valueOf(rs.getString("theme")),
						rs.getObject("due_on", LocalDate.class),
						rs.getObject("addressee_id", UUID.class), directory.country(rs.getString("country_code")),
						directory.organization(rs.getObject("organization_id", UUID.class)),
						ImplementationStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"),
						rs.getObject("last_reported_on", LocalDate.class)))
				.list();
	}

	/** Whether a member sees a recommendation {@code r} through its addressee {@code a} or its meeting. */
	private static final String VISIBLE_TO_MEMBER = """
			(r.id IN (SELECT x.recommendation_id FROM council_addressee x
			          WHERE x.organization_id = :org OR x.country_code = :orgCountry)
			 OR EXISTS (SELECT 1 FROM council_meeting_party p WHERE p.meeting_id = r.meeting_id AND p.organization_id = :org)
			 OR EXISTS (SELECT 1 FROM council_invitation i WHERE i.meeting_id = r.meeting_id AND i.organization_id = :org))""";

	/** Whether the member of {@code organization} (of state {@code country}) sees the recommendation. */
	public boolean visibleToMember(UUID recommendationId, UUID organization, String country) {
		return jdbc.sql("SELECT count(*) FROM council_recommendation r WHERE r.id = :id AND " + VISIBLE_TO_MEMBER)
				.param("id", recommendationId).param("org", organization).param("orgCountry", country == null ? "" : country)
				.query(Long.class).single() > 0;
	}

	/** Past its due date and not settled. */
	private static final String OVERDUE = "(r.due_on IS NOT NULL AND r.due_on < :today AND a.status NOT IN ('IMPLEMENTED', 'NOT_APPLICABLE'))";

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("meeting_id", UUID.class),
				MeetingStore.title(rs, "meeting_"), rs.getObject("meeting_starts_on", LocalDate.class),
				rs.getObject("agenda_item_id", UUID.class), rs.getInt("number"), rs.getString("text"),
				rs.getString("text_ru"), rs.getString("text_uz"), Theme.valueOf(rs.getString("theme")),
				rs.getObject("due_on", LocalDate.class), rs.getString("note"),
				rs.getTimestamp("adopted_at").toInstant(), rs.getString("adopted_by"));
	}

	private static AddresseeRow addressee(ResultSet rs, int n) throws SQLException {
		return new AddresseeRow(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("recommendation_id", UUID.class), rs.getString("country_code"),
				rs.getObject("organization_id", UUID.class), ImplementationStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("status_changed_at").toInstant());
	}

	private static ProgressReport report(ResultSet rs, int n) throws SQLException {
		Timestamp reviewed = rs.getTimestamp("reviewed_at");
		return new ProgressReport(rs.getObject("id", UUID.class), rs.getObject("addressee_id", UUID.class),
				rs.getObject("reported_on", LocalDate.class), rs.getString("text"), rs.getString("evidence"),
				FileStore.described(rs, "evidence_file_id"), ImplementationStatus.valueOf(rs.getString("proposed_status")),
				rs.getTimestamp("submitted_at").toInstant(), rs.getString("submitted_by"),
				ReportReview.valueOf(rs.getString("review")), rs.getString("review_note"),
				reviewed == null ? null : reviewed.toInstant(), rs.getString("reviewed_by"));
	}
}

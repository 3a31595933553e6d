package org.homeward.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.EmergencyAccess;
import org.homeward.cases.Section;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Break-the-glass grants in PostgreSQL. Whether a grant is active is decided by its expiry at each request. */
@Repository
public class EmergencyAccessStore {

	/** A grant with the number of its case, by which people name it. */
	private static final String SELECT = "SELECT e.*, c.number FROM emergency_access e JOIN case_file c ON c.id = e.case_id";

	private final JdbcClient jdbc;

	EmergencyAccessStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many emergency grants wait for the auditor's review. */
	public long countPendingReview() {
		return jdbc.sql("SELECT count(*) FROM emergency_access WHERE review = 'PENDING'").query(Long.class).single();
	}

	public List<Section> activeSections(UUID caseId, UUID userId) {
		return jdbc.sql("SELECT DISTINCT section FROM emergency_access WHERE case_id = ? AND user_id = ? AND expires_at > now()")
				.params(caseId, userId).query(String.class).list().stream().map(Section::valueOf).toList();
	}

	/** The user's most recent grant on the case, ended or not. */
	public Optional<EmergencyAccess> latestOf(UUID caseId, UUID userId) {
		return jdbc.sql(SELECT + " WHERE e.case_id = ? AND e.user_id = ? ORDER BY e.granted_at DESC LIMIT 1")
				.params(caseId, userId).query(EmergencyAccessStore::grant).optional();
	}

	public List<EmergencyAccess> activeOf(UUID userId) {
		return jdbc.sql(SELECT + " WHERE e.user_id = ? AND e.expires_at > now() ORDER BY e.expires_at")
				.param(userId).query(EmergencyAccessStore::grant).list();
	}

	public UUID insert(UUID caseId, Section section, UUID userId, String username, String reason, Instant grantedAt,
			Instant expiresAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO emergency_access (id, case_id, section, user_id, username, reason, granted_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, section.name(), userId, username, reason, Timestamp.from(grantedAt),
						Timestamp.from(expiresAt))
				.update();
		return id;
	}

	public List<EmergencyAccess> queue(boolean pendingOnly) {
		return jdbc.sql(SELECT + (pendingOnly ? " WHERE e.review = 'PENDING'" : "")
				+ " ORDER BY e.granted_at DESC LIMIT 200").query(EmergencyAccessStore::grant).list();
	}

	public Optional<EmergencyAccess> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE e.id = ?").param(id).query(EmergencyAccessStore::grant).optional();
	}

	public void review(UUID id, int version, EmergencyAccess.Review review, String note, String auditor) {
		int updated = jdbc.sql("""
				UPDATE emergency_access SET review = ?, review_note = ?, reviewed_by = ?, reviewed_at = now(),
				  version = version + 1
				WHERE id = ? AND version = ?""").params(review.name(), note, auditor, id, version).update();
		if (updated == 0) {
			int current = find(id).orElseThrow(() -> new RecordNotFound("EMERGENCY_ACCESS")).version();
			throw new StaleVersion("EMERGENCY_ACCESS", version, current);
		}
	}

	private static EmergencyAccess grant(ResultSet rs, int n) throws SQLException {
		Timestamp reviewed = rs.getTimestamp("reviewed_at");
		return new EmergencyAccess(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("case_id", UUID.class), rs.getString("number"), Section.valueOf(rs.getString("section")),
				rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getString("reason"),
				rs.getTimestamp("granted_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				EmergencyAccess.Review.valueOf(rs.getString("review")), rs.getString("reviewed_by"),
				reviewed == null ? null : reviewed.toInstant(), rs.getString("review_note"));
	}
}

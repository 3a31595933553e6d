package org.homeward.notifications.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.homeward.notifications.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications in PostgreSQL. */
@Repository
public class NotificationStore {

	private final JdbcClient jdbc;

	NotificationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What a notice about a case or referral says, besides its kind. */
	public record About(UUID caseId, UUID referralId, String serviceCode, UUID organizationId, String caseNumber) {
	}

	public UUID insert(UUID userId, Notification.Kind kind, About about) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO notification (id, user_id, kind, case_id, referral_id, service_code, organization_id, case_number)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, userId, kind.name(), about.caseId(), about.referralId(), about.serviceCode(),
						about.organizationId(), about.caseNumber())
				.update();
		return id;
	}

	/** Removes the notices older than the given age; returns how many. */
	public int prune(java.time.Duration keepFor) {
		return jdbc.sql("DELETE FROM notification WHERE created_at < now() - make_interval(secs => ?)")
				.param(keepFor.toSeconds()).update();
	}

	/** A Council notice, about a meeting or a recommendation. */
	public UUID insertCouncil(UUID userId, Notification.Kind kind, UUID meetingId, UUID recommendationId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO notification (id, user_id, kind, meeting_id, recommendation_id) VALUES (?, ?, ?, ?, ?)")
				.params(id, userId, kind.name(), meetingId, recommendationId).update();
		return id;
	}

	public void mailed(UUID id) {
		jdbc.sql("UPDATE notification SET mailed_at = now() WHERE id = ?").param(id).update();
	}

	public List<Notification> recent(UUID userId, int limit) {
		return jdbc.sql("SELECT * FROM notification WHERE user_id = ? ORDER BY created_at DESC LIMIT ?")
				.params(userId, limit)
				.query((rs, n) -> {
					Timestamp read = rs.getTimestamp("read_at");
					return new Notification(rs.getObject("id", UUID.class),
							Notification.Kind.valueOf(rs.getString("kind")), rs.getObject("case_id", UUID.class),
							rs.getObject("referral_id", UUID.class), rs.getObject("meeting_id", UUID.class),
							rs.getObject("recommendation_id", UUID.class), rs.getString("service_code"),
							rs.getObject("organization_id", UUID.class), rs.getString("case_number"),
							rs.getTimestamp("created_at").toInstant(),
							read == null ? null : read.toInstant());
				})
				.list();
	}

	public long unread(UUID userId) {
		return jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL").param(userId)
				.query(Long.class).single();
	}

	public void markAllRead(UUID userId) {
		jdbc.sql("UPDATE notification SET read_at = now() WHERE user_id = ? AND read_at IS NULL").param(userId).update();
	}
}

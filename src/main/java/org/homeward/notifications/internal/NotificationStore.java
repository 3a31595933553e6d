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

	public UUID insert(UUID userId, Notification.Kind kind, UUID caseId, UUID referralId) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO notification (id, user_id, kind, case_id, referral_id) VALUES (?, ?, ?, ?, ?)")
				.params(id, userId, kind.name(), caseId, referralId).update();
		return id;
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
							rs.getObject("recommendation_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
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

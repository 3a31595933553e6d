package org.homeward.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.Role;
import org.homeward.accounts.RoleChange;
import org.homeward.accounts.RoleChange.Kind;
import org.homeward.accounts.RoleChange.Status;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Role changes, applied or waiting for a second administrator, in PostgreSQL. */
@Repository
public class RoleChangeStore {

	public static final String RECORD_TYPE = "ROLE_CHANGE";

	private static final String SELECT = """
			SELECT c.*, u.username, requester.username AS requested_by_name, decider.username AS decided_by_name
			FROM role_change c
			JOIN app_user u ON u.id = c.user_id
			JOIN app_user requester ON requester.id = c.requested_by
			LEFT JOIN app_user decider ON decider.id = c.decided_by
			""";

	private final JdbcClient jdbc;

	RoleChangeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A change that took effect as it was asked for. */
	public RoleChange applied(UUID userId, Kind kind, Set<Role> before, Set<Role> after, UUID requestedBy) {
		return insert(userId, kind, Status.APPLIED, before, after, null, requestedBy);
	}

	/** A change that waits for a second administrator; a new password only as its hash. */
	public RoleChange pending(UUID userId, Kind kind, Set<Role> before, Set<Role> after, String passwordHash,
			UUID requestedBy) {
		return insert(userId, kind, Status.PENDING, before, after, passwordHash, requestedBy);
	}

	private RoleChange insert(UUID userId, Kind kind, Status status, Set<Role> before, Set<Role> after,
			String passwordHash, UUID requestedBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO role_change (id, user_id, kind, status, roles_before, roles_after, password_hash, requested_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, userId, kind.name(), status.name(), names(before), names(after), passwordHash, requestedBy)
				.update();
		return find(id).orElseThrow();
	}

	public Optional<RoleChange> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(RoleChangeStore::roleChange).optional();
	}

	/** What waits for an account, at most one of each kind. */
	public List<RoleChange> pendingFor(UUID userId) {
		return jdbc.sql(SELECT + " WHERE c.user_id = ? AND c.status = 'PENDING' ORDER BY c.kind")
				.param(userId).query(RoleChangeStore::roleChange).list();
	}

	public List<RoleChange> allPending() {
		return jdbc.sql(SELECT + " WHERE c.status = 'PENDING' ORDER BY c.requested_at, c.id")
				.query(RoleChangeStore::roleChange).list();
	}

	/** Every role change, newest first. */
	public PageOf<RoleChange> all(PageOf.Request page) {
		long total = jdbc.sql("SELECT count(*) FROM role_change").query(Long.class).single();
		List<RoleChange> items = jdbc.sql(SELECT + " ORDER BY c.requested_at DESC, c.id LIMIT ? OFFSET ?")
				.params(page.size(), page.offset()).query(RoleChangeStore::roleChange).list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/** The hash of the password that waits with a change, to set once it is approved. */
	public Optional<String> waitingPasswordHash(UUID id) {
		return jdbc.sql("SELECT password_hash FROM role_change WHERE id = ? AND status = 'PENDING'").param(id)
				.query(String.class).optional();
	}

	/**
	 * Decides a waiting change on the version the administrator saw, and forgets its waiting password. Of two
	 * administrators deciding at once, the second finds it changed.
	 */
	public void decide(UUID id, int version, Status decision, UUID decidedBy) {
		int updated = jdbc.sql("""
				UPDATE role_change SET status = ?, decided_by = ?, decided_at = now(), password_hash = NULL,
				  version = version + 1
				WHERE id = ? AND version = ? AND status = 'PENDING'""")
				.params(decision.name(), decidedBy, id, version).update();
		if (updated == 0) {
			int current = jdbc.sql("SELECT version FROM role_change WHERE id = ?").param(id).query(Integer.class)
					.optional().orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
			throw new StaleVersion(RECORD_TYPE, version, current);
		}
	}

	private static String[] names(Set<Role> roles) {
		return roles.stream().sorted().map(Enum::name).toArray(String[]::new);
	}

	private static Set<Role> roles(ResultSet rs, String column) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : (String[]) rs.getArray(column).getArray()) {
			roles.add(Role.valueOf(role));
		}
		return roles;
	}

	private static RoleChange roleChange(ResultSet rs, int n) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		return new RoleChange(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("user_id", UUID.class),
				rs.getString("username"), Kind.valueOf(rs.getString("kind")), Status.valueOf(rs.getString("status")),
				roles(rs, "roles_before"), roles(rs, "roles_after"), rs.getString("requested_by_name"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by_name"),
				decidedAt == null ? null : decidedAt.toInstant());
	}
}

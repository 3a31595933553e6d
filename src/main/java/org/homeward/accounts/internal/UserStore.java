package org.homeward.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.NewUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.UserAccount;
import org.homeward.accounts.UserChanges;
import org.homeward.organizations.Sector;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Text;
import org.homeward.shared.StaleVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User accounts and their roles in PostgreSQL. */
@Repository
public class UserStore {

	private static final String SELECT = """
			SELECT u.*, coalesce(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
			FROM app_user u LEFT JOIN app_user_role r ON r.user_id = u.id
			""";

	private final JdbcClient jdbc;
	private final int lockAfter;
	private final Duration lockFor;

	UserStore(JdbcClient jdbc, @Value("${homeward.accounts.lockout.attempts:5}") int lockAfter,
			@Value("${homeward.accounts.lockout.duration:15m}") Duration lockFor) {
		this.jdbc = jdbc;
		this.lockAfter = lockAfter;
		this.lockFor = lockFor;
	}

	public List<UserAccount> all() {
		return jdbc.sql(SELECT + " GROUP BY u.id ORDER BY u.username").query(UserStore::account).list();
	}

	public Optional<UserAccount> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE u.id = ? GROUP BY u.id").param(id).query(UserStore::account).optional();
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " WHERE lower(u.username) = lower(?) GROUP BY u.id").param(username)
				.query(UserStore::account).optional();
	}

	public Optional<String> passwordHash(UUID id) {
		return jdbc.sql("SELECT password_hash FROM app_user WHERE id = ?").param(id).query(String.class).optional();
	}

	/** The account and password hash used to sign in. */
	Optional<SignInRecord> forSignIn(String username) {
		return jdbc.sql(SELECT + " WHERE lower(u.username) = lower(?) GROUP BY u.id").param(username)
				.query((rs, n) -> new SignInRecord(account(rs, n), rs.getString("password_hash"),
						rs.getInt("failed_sign_ins")))
				.optional();
	}

	/** The active accounts holding the role, with all their roles. */
	public List<UserAccount> activeWithRole(Role role) {
		return jdbc.sql(SELECT + """
				WHERE u.active AND u.id IN (SELECT user_id FROM app_user_role WHERE role = ?)
				GROUP BY u.id ORDER BY u.username""").param(role.name()).query(UserStore::account).list();
	}

	/** The active accounts of an organisation. */
	public List<UserAccount> activeOf(UUID organizationId) {
		return jdbc.sql(SELECT + " WHERE u.active AND u.organization_id = ? GROUP BY u.id ORDER BY u.username")
				.param(organizationId).query(UserStore::account).list();
	}

	public long countActiveWithRole(Role role) {
		return jdbc.sql("""
				SELECT count(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id
				WHERE u.active AND r.role = ?""").param(role.name()).query(Long.class).single();
	}

	/** Active administrators other than these accounts: those who could approve what one of them asked for. */
	public long countActiveAdministratorsOtherThan(UUID... ids) {
		return jdbc.sql("""
				SELECT count(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id
				WHERE u.active AND r.role = 'ADMINISTRATOR' AND u.id NOT IN (:ids)""").param("ids", List.of(ids))
				.query(Long.class)
				.single();
	}

	/** A new account with the given roles, which may be fewer than the user asked for (those still to approve). */
	public UserAccount insert(NewUser user, Set<Role> roles, String passwordHash, boolean mustChangePassword) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO app_user (id, username, display_name, email, password_hash, organization_id, region_id, sector,
				  must_change_password)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, user.username().strip(), user.displayName().strip(), Text.blankToNull(user.email()),
						passwordHash, user.organizationId(), user.regionId(),
						user.sector() == null ? null : user.sector().name(), mustChangePassword)
				.update();
		replaceRoles(id, roles);
		return find(id).orElseThrow();
	}

	/** The administrator's edit, with the roles that take effect now. */
	public void update(UUID id, UserChanges changes, Set<Role> roles) {
		int updated = jdbc.sql("""
				UPDATE app_user SET display_name = ?, email = ?, organization_id = ?, region_id = ?, sector = ?,
				  version = version + 1, updated_at = now()
				WHERE id = ? AND version = ?""")
				.params(changes.displayName().strip(), Text.blankToNull(changes.email()), changes.organizationId(),
						changes.regionId(),
						changes.sector() == null ? null : changes.sector().name(), id, changes.version())
				.update();
		requireUpdated(updated, id, changes.version());
		replaceRoles(id, roles);
	}

	/** Roles a second administrator approved; whatever else changed meanwhile stays. */
	public void setRoles(UUID id, Set<Role> roles) {
		int updated = jdbc.sql("UPDATE app_user SET version = version + 1, updated_at = now() WHERE id = ?").param(id)
				.update();
		if (updated == 0) {
			throw new RecordNotFound("USER");
		}
		replaceRoles(id, roles);
	}

	public void setActive(UUID id, int version, boolean active) {
		int updated = jdbc.sql("""
				UPDATE app_user SET active = ?, version = version + 1, updated_at = now() WHERE id = ? AND version = ?""")
				.params(active, id, version).update();
		requireUpdated(updated, id, version);
	}

	public void setPassword(UUID id, String passwordHash, boolean mustChange) {
		int updated = jdbc.sql("""
				UPDATE app_user SET password_hash = ?, must_change_password = ?, failed_sign_ins = 0, locked_until = NULL,
				  version = version + 1, updated_at = now()
				WHERE id = ?""").params(passwordHash, mustChange, id).update();
		if (updated == 0) {
			throw new RecordNotFound("USER");
		}
	}

	void recordSignIn(UUID id) {
		jdbc.sql("UPDATE app_user SET last_login_at = now() WHERE id = ?").param(id).update();
	}

	/**
	 * Counts a failed sign-in with a wrong password. The one that reaches {@code attempts} in a row locks the account
	 * for {@code lock} and starts the count again, so that each lock is earned by as many failures.
	 */
	public void recordFailedSignIn(String username) {
		recordFailedSignIn(username, lockAfter, lockFor);
	}

	void recordFailedSignIn(String username, int attempts, Duration lock) {
		jdbc.sql("""
				UPDATE app_user SET
				  locked_until = CASE WHEN failed_sign_ins + 1 >= :attempts THEN now() + make_interval(secs => :lockSeconds) ELSE locked_until END,
				  failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= :attempts THEN 0 ELSE failed_sign_ins + 1 END
				WHERE lower(username) = lower(:username)""")
				.param("attempts", attempts).param("lockSeconds", lock.toSeconds())
				.param("username", username).update();
	}

	/** A sign-in succeeded: the failures before it no longer count. */
	void clearFailedSignIns(UUID id) {
		jdbc.sql("UPDATE app_user SET failed_sign_ins = 0 WHERE id = ? AND failed_sign_ins > 0").param(id).update();
	}

	private void requireUpdated(int updated, UUID id, int version) {
		if (updated == 0) {
			int current = jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(id).query(Integer.class)
					.optional().orElseThrow(() -> new RecordNotFound("USER"));
			throw new StaleVersion("USER", version, current);
		}
	}

	private void replaceRoles(UUID id, Set<Role> roles) {
		jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, role.name()).update();
		}
	}

	private static UserAccount account(ResultSet rs, int n) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String role : (String[]) rs.getArray("roles").getArray()) {
			roles.add(Role.valueOf(role));
		}
		Timestamp lastLogin = rs.getTimestamp("last_login_at");
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		String sector = rs.getString("sector");
		return new UserAccount(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("username"),
				rs.getString("display_name"), rs.getString("email"), roles, rs.getObject("organization_id", UUID.class),
				rs.getObject("region_id", UUID.class), sector == null ? null : Sector.valueOf(sector),
				rs.getBoolean("active"), rs.getBoolean("must_change_password"),
				lastLogin == null ? null : lastLogin.toInstant(), lockedUntil == null ? null : lockedUntil.toInstant());
	}

	/** @param failedSignIns failed sign-ins in a row since the last success or lock */
	record SignInRecord(UserAccount account, String passwordHash, int failedSignIns) {
	}
}

package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts: the administrator creates and deactivates users (a role that reads personal data with a second
 * administrator's approval); a password set by someone else must be changed.
 */
@HomewardTest
class AccountsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void passwordsAreStoredAsDelegatingHashesNeverAsTyped() {
		String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class,
				Demo.COORDINATOR);
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(Demo.PASSWORD);
	}

	@Test
	void theAdministratorCreatesAUserWhoMustChooseTheirOwnPasswordAndCanBeDeactivated() {
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		var form = admin.get("/admin/users/new");
		String organization = jdbc.queryForObject("SELECT organization_id::text FROM app_user WHERE username = ?",
				String.class, Demo.CASE_MANAGER);
		String region = jdbc.queryForObject("SELECT region_id::text FROM app_user WHERE username = ?", String.class,
				Demo.CASE_MANAGER);
		Map<String, String> user = new HashMap<>();
		user.put("username", "new.casemanager");
		user.put("displayName", "Nodira Yusupova");
		user.put("password", "temporary-password-1");
		user.put("roles", "CASE_MANAGER");
		user.put("organizationId", organization);
		user.put("regionId", region);
		var created = admin.post("/admin/users", user, form);
		assertThat(created.status()).as(created.html()).isEqualTo(302);
		String id = jdbc.queryForObject("SELECT id::text FROM app_user WHERE username = 'new.casemanager'", String.class);

		// A case manager reads personal data: the role takes effect once a second administrator approves it.
		assertThat(jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?::uuid", String.class, id))
				.isEmpty();
		var waiting = jdbc.queryForMap("SELECT id::text AS id, version FROM role_change WHERE user_id = ?::uuid "
				+ "AND status = 'PENDING'", id);
		Pages admin2 = Pages.signIn(port, Demo.ADMIN2);
		var approved = admin2.post("/admin/role-changes/" + waiting.get("id") + "/approval",
				Map.of("version", waiting.get("version").toString(), "user", id), admin2.get("/admin/users/" + id));
		assertThat(approved.status()).isEqualTo(302);
		assertThat(jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?::uuid", String.class, id))
				.containsExactly("CASE_MANAGER");

		// The new user is sent to choose a password before anything else, on pages and in the API.
		Pages newcomer = Pages.signIn(port, "new.casemanager", "temporary-password-1");
		var home = newcomer.get("/registry/persons");
		assertThat(home.status()).isEqualTo(302);
		assertThat(home.location()).endsWith("/account/password");
		assertThat(new Http(port).as("new.casemanager", "temporary-password-1").get("/api/v1/persons").status())
				.isEqualTo(403);

		var passwordForm = newcomer.get("/account/password");
		var changed = newcomer.post("/account/password", Map.of("currentPassword", "temporary-password-1",
				"newPassword", "my-own-password-22", "repeatedPassword", "my-own-password-22"), passwordForm);
		assertThat(changed.status()).isEqualTo(302);
		assertThat(newcomer.get("/registry/persons").status()).isEqualTo(200);
		assertThat(new Http(port).as("new.casemanager", "my-own-password-22").get("/api/v1/persons").status())
				.isEqualTo(200);

		// Deactivation ends the open session at once and refuses the next sign-in.
		int version = jdbc.queryForObject("SELECT version FROM app_user WHERE id = ?::uuid", Integer.class, id);
		var userPage = admin.get("/admin/users/" + id);
		assertThat(admin.post("/admin/users/" + id + "/active", Map.of("version", String.valueOf(version), "active", "false"),
				userPage).status()).isEqualTo(302);
		assertThat(newcomer.get("/registry/persons").status()).isEqualTo(302);
		assertThat(new Http(port).as("new.casemanager", "my-own-password-22").get("/api/v1/persons").status())
				.isEqualTo(401);
	}

	@Test
	void aCaseManagerWithoutARegionIsRefusedWithAReason() {
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		var form = admin.get("/admin/users/new");
		String organization = jdbc.queryForObject("SELECT organization_id::text FROM app_user WHERE username = ?",
				String.class, Demo.CASE_MANAGER);
		var answer = admin.post("/admin/users", Map.of("username", "regionless", "displayName", "No Region",
				"password", "temporary-password-1", "roles", "CASE_MANAGER", "organizationId", organization), form);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html()).contains("A case manager works in a region");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = 'regionless'", Long.class)).isZero();
	}

	@Test
	void failedAndSuccessfulSignInsAreAudited() {
		new Http(port).as(Demo.ANALYST, "wrong-password-0").get("/api/v1/persons");
		Pages.signIn(port, Demo.ANALYST);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'LOGIN_FAILED'", Long.class, Demo.ANALYST))
				.isPositive();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'LOGIN'", Long.class, Demo.ANALYST))
				.isPositive();
	}

	@Test
	void aSessionEndsAfterThirtyMinutesWithoutActivityAndLivesInPostgresql() {
		Pages.signIn(port, Demo.PSYCHOLOGIST);
		Integer idle = jdbc.queryForObject("SELECT max_inactive_interval FROM spring_session "
				+ "WHERE principal_name = ? ORDER BY creation_time DESC LIMIT 1", Integer.class, Demo.PSYCHOLOGIST);
		assertThat(idle).isEqualTo(30 * 60);
	}
}

package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guessing passwords: five wrong ones in a row, on the page or over the API, lock the account for a quarter of an
 * hour, during which even the right password is refused; a success in between starts the count again, and an
 * administrator's new password unlocks it. Each test has a user of its own, so no demo user is ever locked.
 */
@HomewardTest
class SignInLockTest {

	private static final String PASSWORD = "the-right-password-1";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightOne() {
		String username = user("guessed");
		for (int i = 1; i <= 4; i++) {
			assertThat(new Http(port).as(username, "wrong-password-" + i).get("/api/v1/regions").status())
					.isEqualTo(401);
		}
		assertThat(signIn(username, "wrong-password-5")).contains("error");
		assertThat(new Http(port).as(username, PASSWORD).get("/api/v1/regions").status()).isEqualTo(401);
		assertThat(signIn(username, PASSWORD)).as("the right password while locked").contains("error");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'LOGIN_FAILED' "
				+ "AND detail = 'LockedException'", Long.class, username)).isEqualTo(2);

		// A quarter of an hour later the right password works again.
		jdbc.update("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = ?", username);
		assertThat(new Http(port).as(username, PASSWORD).get("/api/v1/regions").status()).isEqualTo(200);
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() {
		String username = user("forgetful");
		for (int round = 0; round < 2; round++) {
			for (int i = 1; i <= 4; i++) {
				assertThat(new Http(port).as(username, "wrong-password-" + i).get("/api/v1/regions").status())
						.isEqualTo(401);
			}
			assertThat(signIn(username, PASSWORD)).as("round " + round).doesNotContain("error");
		}
		assertThat(jdbc.queryForObject("SELECT failed_sign_ins FROM app_user WHERE username = ?", Integer.class,
				username)).isZero();
	}

	@Test
	void theAdministratorsNewPasswordUnlocksTheAccount() {
		String username = user("locked.out");
		for (int i = 1; i <= 5; i++) {
			new Http(port).as(username, "wrong-password-" + i).get("/api/v1/regions");
		}
		assertThat(signIn(username, PASSWORD)).contains("error");

		Pages admin = Pages.signIn(port, Demo.ADMIN);
		String id = jdbc.queryForObject("SELECT id::text FROM app_user WHERE username = ?", String.class, username);
		var page = admin.get("/admin/users/" + id);
		assertThat(page.html()).contains("id=\"user-locked\"").contains("a new password unlocks it");
		var reset = admin.post("/admin/users/" + id + "/password", Map.of("temporaryPassword", "a-new-password-12"),
				page);
		assertThat(reset.status()).isEqualTo(302);
		assertThat(signIn(username, "a-new-password-12")).doesNotContain("error");
		assertThat(admin.get("/admin/users/" + id).html()).doesNotContain("id=\"user-locked\"");
	}

	/** Where the sign-in page sends the browser: {@code /login?error} when refused. */
	private String signIn(String username, String password) {
		Pages pages = new Pages(port);
		var login = pages.get("/login");
		var answer = pages.post("/login", Map.of("username", username, "password", password), login);
		assertThat(answer.status()).isEqualTo(302);
		return answer.location();
	}

	private String user(String name) {
		String username = name + "-" + System.nanoTime() % 100000;
		UUID analystsOrganization = jdbc.queryForObject("SELECT organization_id FROM app_user WHERE username = ?",
				UUID.class, Demo.ANALYST);
		accounts.provision(new NewUser(username, "Test " + name, PASSWORD, null, Set.of(Role.ANALYST),
				analystsOrganization, null, null), false);
		return username;
	}
}

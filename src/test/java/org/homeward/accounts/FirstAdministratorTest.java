package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.support.Http;
import org.homeward.support.OneTimeCodes;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A fresh installation without demo data and without HOMEWARD_ADMIN_PASSWORD: the first administrator is created
 * with a generated password, printed once to the console, which must be changed at the first sign-in.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "homeward.demo=false", "homeward.admin-password=" })
@ActiveProfiles("test")
class FirstAdministratorTest {

	private static final Pattern PRINTED = Pattern.compile("First administrator: admin / (\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFirstAdministratorGetsAGeneratedPasswordToChangeAtFirstSignIn(CapturedOutput output) {
		Matcher printed = PRINTED.matcher(output.getAll());
		assertThat(printed.find()).as("the generated password is printed").isTrue();
		String password = printed.group(1);
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);
		assertThat(printed.find()).as("printed once").isFalse();

		assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT must_change_password FROM app_user WHERE username = 'admin'",
				Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM person", Long.class)).isZero();

		// outside demo mode the administrator first sets up a second factor, then chooses a password
		Pages admin = Pages.signIn(port, "admin", password);
		var users = admin.get("/admin/users");
		assertThat(users.status()).isEqualTo(302);
		assertThat(users.location()).contains("/login/second-factor");
		var enrol = admin.get("/account/two-factor/enrol");
		String secret = OneTimeCodes.secretOn(enrol.html());
		admin.post("/account/two-factor/app", java.util.Map.of("code", OneTimeCodes.code(secret, OneTimeCodes.now())),
				enrol);
		users = admin.get("/admin/users");
		assertThat(users.status()).isEqualTo(302);
		assertThat(users.location()).endsWith("/account/password");
		// and outside demo mode the API takes no password at all, only personal tokens
		var api = new Http(port).as("admin", password).get("/api/v1/regions");
		assertThat(api.status()).isEqualTo(401);
	}
}

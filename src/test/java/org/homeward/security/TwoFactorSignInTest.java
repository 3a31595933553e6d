package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.homeward.support.Demo;
import org.homeward.support.Http;
import org.homeward.support.OneTimeCodes;
import org.homeward.support.Pages;
import org.homeward.support.TwoFactorNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a node that requires a second factor: enrolment at the first sign-in, sign-in with a one-time code or a recovery
 * code, refusal with the password alone (pages and API), a code accepted once, the administrator's audited reset of
 * which the user is told, and the password policy.
 */
class TwoFactorSignInTest extends TwoFactorNode {

	private static final Pattern RECOVERY = Pattern.compile("<li>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</li>");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFirstSignInEnrolsAnAuthenticatorAppAndLaterSignInsAskForItsCode() {
		Pages first = Pages.signIn(PORT, Demo.REGISTRAR);
		assertThat(first.get("/cases").location()).contains("/login/second-factor");
		assertThat(first.get("/login/second-factor").location()).endsWith("/account/two-factor/enrol");
		Pages.Page enrol = first.get("/account/two-factor/enrol");
		String secret = OneTimeCodes.secretOn(enrol.html());
		long step = OneTimeCodes.now();

		Pages.Page wrong = first.post("/account/two-factor/app", Map.of("code", "000000".equals(
				OneTimeCodes.code(secret, step)) ? "111111" : "000000"), enrol);
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.html()).contains("is-invalid");
		Pages.Page codes = first.post("/account/two-factor/app", Map.of("code", OneTimeCodes.code(secret, step)), wrong);
		assertThat(recoveryCodes(codes.html())).hasSize(10);
		assertThat(first.get("/cases").status()).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM totp_authenticator t JOIN app_user u ON u.id = t.user_id"
				+ " WHERE u.username = ? AND position(convert_to(?, 'UTF8') IN t.secret_sealed) = 0", Long.class,
				Demo.REGISTRAR, secret)).as("the secret is kept encrypted").isEqualTo(1);

		Pages second = Pages.signIn(PORT, Demo.REGISTRAR);
		assertThat(second.get("/cases").location()).as("the password alone opens nothing").contains("/login/second-factor");
		Pages.Page form = second.get("/login/second-factor");
		assertThat(second.post("/login/second-factor/code", Map.of("code", OneTimeCodes.code(secret, step)), form)
				.location()).as("a code is accepted once").contains("error");
		assertThat(second.post("/login/second-factor/code", Map.of("code", OneTimeCodes.code(secret, step + 1)), form)
				.location()).doesNotContain("error");
		assertThat(second.get("/cases").status()).isEqualTo(200);
	}

	@Test
	void aRecoveryCodeSignsInOnceAndTheApiRefusesThePasswordAlone() {
		Pages first = Pages.signIn(PORT, Demo.EMPLOYMENT_SPECIALIST);
		Pages.Page enrol = first.get("/account/two-factor/enrol");
		String secret = OneTimeCodes.secretOn(enrol.html());
		List<String> codes = recoveryCodes(first.post("/account/two-factor/app",
				Map.of("code", OneTimeCodes.code(secret, OneTimeCodes.now())), enrol).html());

		Pages lost = Pages.signIn(PORT, Demo.EMPLOYMENT_SPECIALIST);
		Pages.Page form = lost.get("/login/second-factor");
		assertThat(form.html()).contains("recovery-code");
		var used = lost.post("/login/second-factor/recovery", Map.of("code", codes.get(3).toUpperCase()), form);
		assertThat(used.location()).endsWith("/account/two-factor");
		assertThat(lost.get("/account/two-factor").html()).contains("id=\"codes-left\">9<");

		Pages again = Pages.signIn(PORT, Demo.EMPLOYMENT_SPECIALIST);
		Pages.Page secondForm = again.get("/login/second-factor");
		assertThat(again.post("/login/second-factor/recovery", Map.of("code", codes.get(3)), secondForm).location())
				.contains("error");

		// over the API, the password is not enough on this node: tokens only
		var basic = new Http(PORT).as(Demo.EMPLOYMENT_SPECIALIST).get("/api/v1/cases");
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.json().get("detail").asString()).contains("API token");
	}

	@Test
	void theAdministratorResetsAUsersFactorsAuditedAndTheUserIsTold() {
		Pages user = Pages.signIn(PORT, Demo.RELIGIOUS_COUNSELLOR);
		Pages.Page enrol = user.get("/account/two-factor/enrol");
		String secret = OneTimeCodes.secretOn(enrol.html());
		user.post("/account/two-factor/app", Map.of("code", OneTimeCodes.code(secret, OneTimeCodes.now())), enrol);

		Pages admin = enrolledAdministrator();
		String userId = jdbc.queryForObject("SELECT id::text FROM app_user WHERE username = ?", String.class,
				Demo.RELIGIOUS_COUNSELLOR);
		Pages.Page edit = admin.get("/admin/users/" + userId);
		assertThat(edit.html()).contains("reset-second-factors");
		assertThat(admin.post("/admin/users/" + userId + "/second-factors/reset", Map.of(), edit).location())
				.endsWith("/admin/users/" + userId);

		assertThat(jdbc.queryForObject("SELECT count(*) FROM totp_authenticator WHERE user_id = ?::uuid", Long.class,
				userId)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = 'SECOND_FACTOR'"
				+ " AND record_id = ? AND action = 'DELETE' AND actor = ?", Long.class, userId, Demo.ADMIN)).isEqualTo(1);
		Pages afterwards = Pages.signIn(PORT, Demo.RELIGIOUS_COUNSELLOR);
		assertThat(afterwards.get("/login/second-factor").location()).endsWith("/account/two-factor/enrol");
		awaitNotice(userId);
	}

	@Test
	void aCommonPasswordIsRefusedEvenWhenLongEnough() {
		Pages admin = enrolledAdministrator();
		Pages.Page form = admin.get("/admin/users/new");
		for (String common : List.of("Unbelievable", "Password12345!", "aaaaaaaaaaaaaa")) {
			Pages.Page refused = admin.post("/admin/users", Map.of("username", "newbie" + common.length(),
					"displayName", "Newbie", "password", common, "roles", "ANALYST",
					"organizationId", jdbc.queryForObject("SELECT organization_id::text FROM app_user WHERE username = ?",
							String.class, Demo.ANALYST)), form);
			assertThat(refused.status()).as(common).isEqualTo(200);
			assertThat(refused.html()).as(common).contains("common passwords");
		}
	}

	/** The administrator too passes a second factor; enrolled once for the tests of this class. */
	private static String adminSecret;
	private static long adminStep;

	private Pages enrolledAdministrator() {
		synchronized (TwoFactorSignInTest.class) {
			if (adminSecret == null) {
				Pages first = Pages.signIn(PORT, Demo.ADMIN);
				Pages.Page enrol = first.get("/account/two-factor/enrol");
				adminSecret = OneTimeCodes.secretOn(enrol.html());
				adminStep = OneTimeCodes.now();
				first.post("/account/two-factor/app", Map.of("code", OneTimeCodes.code(adminSecret, adminStep)), enrol);
				return first;
			}
			adminStep = Math.max(adminStep + 1, OneTimeCodes.now() - 1);
			if (adminStep > OneTimeCodes.now() + 1) {
				sleepUntilStep(adminStep - 1);
			}
			return Pages.signIn(PORT, Demo.ADMIN, Demo.PASSWORD, OneTimeCodes.code(adminSecret, adminStep));
		}
	}

	private static void sleepUntilStep(long step) {
		while (OneTimeCodes.now() < step) {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void awaitNotice(String userId) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (jdbc.queryForObject("SELECT count(*) FROM notification WHERE user_id = ?::uuid AND kind = 'SECOND_FACTORS_RESET'",
				Long.class, userId) == 0) {
			assertThat(System.currentTimeMillis()).as("the user is told of the reset").isLessThan(deadline);
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static List<String> recoveryCodes(String html) {
		return RECOVERY.matcher(html).results().map(match -> match.group(1)).toList();
	}
}

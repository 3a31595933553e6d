package org.homeward.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.homeward.shared.Refused;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Separation of duties (issue 9, finding 4): the administrator manages accounts and never reaches case content,
 * neither by giving their own account a case role nor by making an account of their own to sign in with. A role
 * that reads personal data, and a new password for an account holding one, take effect only once a second
 * administrator approves; the auditor sees every role change.
 */
@HomewardTest
class SeparationOfDutiesTest {

	private static final String NEW_PASSWORD = "temporary-password-1";
	private static final String OWN_PASSWORD = "my-own-password-22";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void administratorNeverReachesCaseContent() {
		Http api = new Http(port);
		assertThat(casesReachedBy(api.as(Demo.COORDINATOR))).as("what a coordinator reaches").isPositive();
		assertThat(casesReachedBy(api.as(Demo.ADMIN))).isZero();

		// The administrator gives their own account the coordinator's role.
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		String adminId = idOf(Demo.ADMIN);
		var page = admin.get("/admin/users/" + adminId);
		Map<String, String> own = new HashMap<>();
		own.put("version", String.valueOf(version(adminId)));
		own.put("displayName", "Sardor Tursunboyev");
		own.put("roles", "ADMINISTRATOR,COORDINATOR");
		own.put("organizationId", organizationOf(Demo.COORDINATOR));
		admin.post("/admin/users/" + adminId, own, page);
		var bothWays = new SoftAssertions();
		bothWays.assertThat(casesReachedBy(api.as(Demo.ADMIN))).as("the administrator with a case role").isZero();

		// The administrator makes a coordinator's account and signs in with it.
		String stooge = unique("stooge");
		admin = Pages.signIn(port, Demo.ADMIN);
		var form = admin.get("/admin/users/new");
		Map<String, String> user = new HashMap<>();
		user.put("username", stooge);
		user.put("displayName", "Someone Else");
		user.put("password", NEW_PASSWORD);
		user.put("roles", "COORDINATOR");
		user.put("organizationId", organizationOf(Demo.COORDINATOR));
		assertThat(admin.post("/admin/users", user, form).status()).isEqualTo(302);
		Pages signedIn = Pages.signIn(port, stooge, NEW_PASSWORD);
		var passwordForm = signedIn.get("/account/password");
		signedIn.post("/account/password", Map.of("currentPassword", NEW_PASSWORD, "newPassword", OWN_PASSWORD,
				"repeatedPassword", OWN_PASSWORD), passwordForm);
		bothWays.assertThat(casesReachedBy(api.as(stooge, OWN_PASSWORD))).as("an account the administrator made alone")
				.isZero();
		bothWays.assertAll();
	}

	@Test
	void theAdministratorRoleNeverGoesWithARoleThatReadsPersonalData() {
		assertThat(Role.values()).filteredOn(Role::readsPersonalData).containsExactlyInAnyOrder(Role.COORDINATOR,
				Role.CASE_MANAGER, Role.SECTOR_SPECIALIST, Role.JUSTICE_OFFICER, Role.SECURITY_OFFICER,
				Role.COMMUNITY_WORKER, Role.CSO_WORKER, Role.AUDITOR);
		Pages admin = Pages.signIn(port, Demo.ADMIN);

		// Creating such an account, on the page: the reason is shown at the roles, and nothing is saved.
		String both = unique("both");
		var form = admin.get("/admin/users/new");
		var created = admin.post("/admin/users", Map.of("username", both, "displayName", "Two Hats", "password",
				NEW_PASSWORD, "roles", "ADMINISTRATOR,AUDITOR", "organizationId", organizationOf(Demo.AUDITOR)), form);
		assertThat(created.status()).isEqualTo(200);
		assertThat(rolesError(created.html())).contains("Administrator cannot go together with a role marked");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = ?", Long.class, both)).isZero();

		// The same refusal in Russian and Uzbek.
		Pages russian = Pages.signIn(port, Demo.ADMIN).inLanguage("ru");
		form = russian.get("/admin/users/new");
		assertThat(rolesError(russian.post("/admin/users", Map.of("username", both, "displayName", "Two Hats",
				"password", NEW_PASSWORD, "roles", "ADMINISTRATOR,CASE_MANAGER", "organizationId",
				organizationOf(Demo.AUDITOR)), form).html())).contains("Администратор никогда не видит");
		Pages uzbek = Pages.signIn(port, Demo.ADMIN).inLanguage("uz");
		form = uzbek.get("/admin/users/new");
		assertThat(rolesError(uzbek.post("/admin/users", Map.of("username", both, "displayName", "Two Hats",
				"password", NEW_PASSWORD, "roles", "ADMINISTRATOR,CSO_WORKER", "organizationId",
				organizationOf(Demo.AUDITOR)), form).html())).contains("Administrator qaytarilgan shaxslarning");

		// Changing an account to hold both, whichever is added to which.
		String analyst = provision("analyst", Role.ANALYST);
		var changed = change(admin, analyst, "ADMINISTRATOR,SECURITY_OFFICER");
		assertThat(changed.status()).isEqualTo(200);
		assertThat(rolesError(changed.html())).contains("Administrator cannot go together");
		String administrator = provision("administrator", Role.ADMINISTRATOR);
		assertThat(rolesError(change(admin, administrator, "ADMINISTRATOR,JUSTICE_OFFICER").html()))
				.contains("Administrator cannot go together");
		// Nor the administrator's role for an account that waits for a case role.
		assertThat(change(admin, analyst, "ANALYST,COORDINATOR").status()).isEqualTo(302);
		assertThat(rolesError(change(admin, analyst, "ANALYST,ADMINISTRATOR").html()))
				.contains("Administrator cannot go together");
		assertThat(rolesOf(analyst)).containsExactly("ANALYST");
		assertThat(rolesOf(administrator)).containsExactly("ADMINISTRATOR");

		// At start-up too.
		assertThatThrownBy(() -> accounts.provision(new NewUser(unique("provisioned"), "Two Hats", NEW_PASSWORD, null,
				Set.of(Role.ADMINISTRATOR, Role.COORDINATOR), UUID.fromString(organizationOf(Demo.COORDINATOR)), null,
				null), false)).isInstanceOf(Refused.class)
				.extracting(e -> ((Refused) e).messageKey()).isEqualTo("accounts.roles.administratorWithPersonalData");
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRolesOrPlacement() {
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		String adminId = idOf(Demo.ADMIN);
		var page = admin.get("/admin/users/" + adminId);
		Map<String, String> own = new HashMap<>();
		own.put("version", String.valueOf(version(adminId)));
		own.put("displayName", "Sardor Tursunboyev");
		own.put("roles", "ADMINISTRATOR,ANALYST");
		own.put("organizationId", organizationOf(Demo.ANALYST));
		var answer = admin.post("/admin/users/" + adminId, own, page);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(rolesError(answer.html())).contains("You cannot change your own roles");

		own.put("roles", "ADMINISTRATOR");
		answer = admin.post("/admin/users/" + adminId, own, page);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html()).contains("You cannot change your own organisation, region or sector");
		assertThat(rolesOf(adminId)).containsExactly("ADMINISTRATOR");
		assertThat(jdbc.queryForObject("SELECT organization_id FROM app_user WHERE id = ?::uuid", UUID.class, adminId))
				.isNull();
	}

	@Test
	void aRoleThatReadsPersonalDataTakesEffectOnlyOnceASecondAdministratorApprovesIt() {
		String id = provision("future.coordinator", Role.ANALYST);
		String username = usernameOf(id);
		Http api = new Http(port);
		Pages admin = Pages.signIn(port, Demo.ADMIN);

		var saved = change(admin, id, "ANALYST,COORDINATOR");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(follow(admin, saved).html()).contains("take effect once one approves them");
		assertThat(rolesOf(id)).containsExactly("ANALYST");
		assertThat(casesReachedBy(api.as(username))).as("before the approval").isZero();

		// The administrator who asked sees it waiting and may withdraw it, but not approve it.
		Map<String, Object> change = waitingChange(id, "ROLES");
		String changeId = change.get("id").toString();
		String userPage = admin.get("/admin/users/" + id).html();
		assertThat(userPage).contains("id=\"role-change-" + changeId + "\"").contains("Waiting for a second administrator")
				.contains("another administrator must approve it").contains("id=\"reject-" + changeId + "\"")
				.doesNotContain("id=\"approve-" + changeId + "\"");
		assertThat(admin.get("/admin/users").html()).contains("id=\"waiting-" + changeId + "\"");
		var ownApproval = admin.post("/admin/role-changes/" + changeId + "/approval",
				Map.of("version", change.get("version").toString(), "user", id), admin.get("/admin/users/" + id));
		assertThat(follow(admin, ownApproval).html()).contains("You asked for this change yourself");
		var ownApi = api.as(Demo.ADMIN).post("/api/v1/role-changes/" + changeId + "/approval",
				Map.of("version", change.get("version")));
		assertThat(ownApi.status()).isEqualTo(422);
		assertThat(ownApi.json().get("code").asString()).isEqualTo("accounts.roleChange.ownRequest");
		assertThat(casesReachedBy(api.as(username))).isZero();

		// A second administrator approves it on the page: from now on the coordinator reaches cases.
		Pages admin2 = Pages.signIn(port, Demo.ADMIN2);
		var secondPage = admin2.get("/admin/users/" + id);
		assertThat(secondPage.html()).contains("id=\"approve-" + changeId + "\"");
		var approved = admin2.post("/admin/role-changes/" + changeId + "/approval",
				Map.of("version", change.get("version").toString(), "user", id), secondPage);
		assertThat(approved.location()).endsWith("/admin/users/" + id);
		assertThat(follow(admin2, approved).html()).contains("Approved: the change has taken effect")
				.doesNotContain("id=\"role-change-" + changeId + "\"");
		assertThat(rolesOf(id)).containsExactlyInAnyOrder("ANALYST", "COORDINATOR");
		assertThat(casesReachedBy(api.as(username))).as("after the approval").isPositive();

		// Taking the role away needs no one's approval.
		assertThat(change(admin, id, "ANALYST").status()).isEqualTo(302);
		assertThat(rolesOf(id)).containsExactly("ANALYST");
		assertThat(casesReachedBy(api.as(username))).isZero();
		assertThat(statusesOf(id)).containsExactly("PENDING→APPROVED", "APPLIED");
	}

	@Test
	void aSecondAdministratorRejectsAndTheOneWhoAskedWithdraws() {
		String id = provision("never.coordinator", Role.ANALYST);
		Http api = new Http(port);
		Pages admin = Pages.signIn(port, Demo.ADMIN);

		assertThat(change(admin, id, "ANALYST,CASE_MANAGER").status()).as("a case manager needs a region")
				.isEqualTo(200);
		assertThat(change(admin, id, "ANALYST,COORDINATOR").status()).isEqualTo(302);
		// One change of roles waits at a time.
		assertThat(rolesError(change(admin, id, "ANALYST,AUDITOR").html())).contains("already wait for a second");
		Map<String, Object> change = waitingChange(id, "ROLES");
		var rejected = api.as(Demo.ADMIN2).post("/api/v1/role-changes/" + change.get("id") + "/rejection",
				Map.of("version", change.get("version")));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("decidedBy").asString()).isEqualTo(Demo.ADMIN2);
		assertThat(rolesOf(id)).containsExactly("ANALYST");
		assertThat(casesReachedBy(api.as(usernameOf(id)))).isZero();

		assertThat(change(admin, id, "ANALYST,AUDITOR").status()).isEqualTo(302);
		change = waitingChange(id, "ROLES");
		var withdrawn = admin.post("/admin/role-changes/" + change.get("id") + "/rejection",
				Map.of("version", change.get("version").toString(), "user", id), admin.get("/admin/users/" + id));
		assertThat(withdrawn.status()).isEqualTo(302);
		assertThat(rolesOf(id)).containsExactly("ANALYST");
		assertThat(statusesOf(id)).containsExactly("PENDING→REJECTED", "PENDING→WITHDRAWN");
	}

	@Test
	void aNewPasswordForAnAccountThatReadsPersonalDataWaitsForASecondAdministrator() {
		String id = provision("coordinator.pw", Role.COORDINATOR);
		String username = usernameOf(id);
		Http api = new Http(port);
		Pages admin = Pages.signIn(port, Demo.ADMIN);

		var reset = admin.post("/admin/users/" + id + "/password", Map.of("temporaryPassword", NEW_PASSWORD),
				admin.get("/admin/users/" + id));
		assertThat(reset.status()).isEqualTo(302);
		assertThat(follow(admin, reset).html()).contains("The new password waits for a second administrator");
		assertThat(api.as(username).get("/api/v1/regions").status()).as("the current password still works")
				.isEqualTo(200);
		assertThat(api.as(username, NEW_PASSWORD).get("/api/v1/regions").status()).isEqualTo(401);
		String waitingHash = jdbc.queryForObject("SELECT password_hash FROM role_change WHERE user_id = ?::uuid "
				+ "AND status = 'PENDING'", String.class, id);
		assertThat(waitingHash).startsWith("{bcrypt}").doesNotContain(NEW_PASSWORD);
		var again = admin.post("/admin/users/" + id + "/password", Map.of("temporaryPassword", "another-password-9"),
				admin.get("/admin/users/" + id));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html()).contains("already waits for a second administrator");

		Map<String, Object> change = waitingChange(id, "PASSWORD_RESET");
		assertThat(api.as(Demo.ADMIN).post("/api/v1/role-changes/" + change.get("id") + "/approval",
				Map.of("version", change.get("version"))).status()).isEqualTo(422);
		var approved = api.as(Demo.ADMIN2).post("/api/v1/role-changes/" + change.get("id") + "/approval",
				Map.of("version", change.get("version")));
		assertThat(approved.status()).as(approved.text()).isEqualTo(200);
		assertThat(approved.text()).doesNotContain("{bcrypt}");
		assertThat(api.as(username).get("/api/v1/regions").status()).as("the old password").isEqualTo(401);
		var withNew = api.as(username, NEW_PASSWORD).get("/api/v1/regions");
		assertThat(withNew.status()).isEqualTo(403);
		assertThat(withNew.json().get("code").asString()).isEqualTo("problem.passwordChangeRequired");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM role_change WHERE user_id = ?::uuid "
				+ "AND password_hash IS NOT NULL", Long.class, id)).as("no password kept once decided").isZero();
	}

	@Test
	void anAdministratorMakesNoApproverOfTheirOwn() {
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		String helper = unique("helper");
		var form = admin.get("/admin/users/new");
		var created = admin.post("/admin/users", Map.of("username", helper, "displayName", "A Helper", "password",
				NEW_PASSWORD, "roles", "ADMINISTRATOR"), form);
		assertThat(created.status()).isEqualTo(302);
		String id = idOf(helper);
		assertThat(rolesOf(id)).as("another administrator could approve it, so it waits").isEmpty();
		assertThat(change(admin, id, "").status()).as("an account whose roles all wait can still be edited")
				.isEqualTo(302);

		// Nor does the administrator set another administrator's password alone.
		String other = provision("other.admin", Role.ADMINISTRATOR);
		admin.post("/admin/users/" + other + "/password", Map.of("temporaryPassword", NEW_PASSWORD),
				admin.get("/admin/users/" + other));
		assertThat(waitingChange(other, "PASSWORD_RESET")).isNotNull();
		assertThat(new Http(port).as(usernameOf(other), NEW_PASSWORD).get("/api/v1/regions").status()).isEqualTo(401);

		Map<String, Object> change = waitingChange(id, "ROLES");
		assertThat(new Http(port).as(Demo.ADMIN2).post("/api/v1/role-changes/" + change.get("id") + "/approval",
				Map.of("version", change.get("version"))).status()).isEqualTo(200);
		assertThat(rolesOf(id)).containsExactly("ADMINISTRATOR");
	}

	@Test
	void aDecisionOnAStaleVersionIsAConflict() {
		String id = provision("stale", Role.ANALYST);
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		assertThat(change(admin, id, "ANALYST,COORDINATOR").status()).isEqualTo(302);
		Map<String, Object> change = waitingChange(id, "ROLES");
		int version = (Integer) change.get("version");
		Http admin2 = new Http(port).as(Demo.ADMIN2);

		var stale = admin2.post("/api/v1/role-changes/" + change.get("id") + "/approval", Map.of("version", version + 1));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(version);

		assertThat(admin2.post("/api/v1/role-changes/" + change.get("id") + "/rejection", Map.of("version", version))
				.status()).isEqualTo(200);
		// Someone who still sees the change waiting approves it: the page says someone else decided meanwhile.
		Pages second = Pages.signIn(port, Demo.ADMIN2);
		var late = second.post("/admin/role-changes/" + change.get("id") + "/approval",
				Map.of("version", String.valueOf(version), "user", id), second.get("/admin/users/" + id));
		assertThat(follow(second, late).html()).contains("Someone else decided on this change meanwhile");
		assertThat(admin2.post("/api/v1/role-changes/" + change.get("id") + "/approval", Map.of("version", version))
				.status()).isEqualTo(409);
		assertThat(rolesOf(id)).containsExactly("ANALYST");
	}

	@Test
	void everyRoleChangeIsAuditedAndListedForTheAuditor() {
		String id = provision("audited", Role.ANALYST);
		String username = usernameOf(id);
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		assertThat(change(admin, id, "ANALYST,COMMUNITY_WORKER").status()).isEqualTo(302);
		Map<String, Object> change = waitingChange(id, "ROLES");
		assertThat(new Http(port).as(Demo.ADMIN2).post("/api/v1/role-changes/" + change.get("id") + "/approval",
				Map.of("version", change.get("version"))).status()).isEqualTo(200);
		assertThat(change(admin, id, "COMMUNITY_WORKER").status()).isEqualTo(302);

		// The trail: asked for by one, approved by the other, and the removal applied at once.
		List<Map<String, Object>> trail = jdbc.queryForList("SELECT actor, action, detail FROM audit_entry "
				+ "WHERE record_type = 'ROLE_CHANGE' AND detail LIKE ? ORDER BY id", "user=" + id + "%");
		assertThat(trail).extracting(e -> e.get("actor") + " " + e.get("action")).containsExactly(
				Demo.ADMIN + " CREATE", Demo.ADMIN2 + " UPDATE", Demo.ADMIN + " CREATE");
		assertThat(trail.get(1).get("detail").toString()).contains("APPROVED").contains("granted=[COMMUNITY_WORKER]");
		assertThat(trail.get(2).get("detail").toString()).contains("APPLIED").contains("removed=[ANALYST]");

		// The auditor's page and API list them with who asked, who approved and the roles.
		Pages auditor = Pages.signIn(port, Demo.AUDITOR);
		assertThat(auditor.get("/").html()).contains("href=\"/audit/role-changes\"");
		var page = auditor.get("/audit/role-changes");
		assertThat(page.status()).isEqualTo(200);
		String row = rowOf(page.html(), change.get("id").toString());
		assertThat(row).contains(username).contains("Community worker").contains(">" + Demo.ADMIN + "<")
				.contains(">" + Demo.ADMIN2 + "<").contains("Approved");
		var listed = new Http(port).as(Demo.AUDITOR).get("/api/v1/role-changes?size=100");
		assertThat(listed.status()).isEqualTo(200);
		var items = listed.json().get("items");
		var approved = java.util.stream.StreamSupport.stream(items.spliterator(), false)
				.filter(item -> item.get("id").asString().equals(change.get("id").toString())).findFirst().orElseThrow();
		assertThat(approved.get("requestedBy").asString()).isEqualTo(Demo.ADMIN);
		assertThat(approved.get("decidedBy").asString()).isEqualTo(Demo.ADMIN2);
		assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("rolesAfter").toString()).contains("COMMUNITY_WORKER");
		assertThat(approved.get("decidedAt").isNull()).isFalse();
		assertThat(listed.text()).doesNotContain("password").doesNotContain("{bcrypt}");

		// Nobody else reads the list; the auditor decides nothing.
		for (String other : List.of(Demo.ADMIN, Demo.COORDINATOR, Demo.ANALYST)) {
			assertThat(Pages.signIn(port, other).get("/audit/role-changes").status()).as(other).isEqualTo(403);
			assertThat(new Http(port).as(other).get("/api/v1/role-changes").status()).as(other).isEqualTo(403);
		}
		assertThat(new Http(port).as(Demo.AUDITOR).get("/api/v1/role-changes/pending").status()).isEqualTo(403);
		assertThat(new Http(port).as(Demo.AUDITOR).post("/api/v1/role-changes/" + change.get("id") + "/approval",
				Map.of("version", 0)).status()).isEqualTo(403);
	}

	@Test
	void theApprovalsAreDescribedForIntegrators() {
		var paths = new Http(port).anonymous().get("/v3/api-docs").json().get("paths");
		assertThat(paths.has("/api/v1/role-changes")).isTrue();
		assertThat(paths.has("/api/v1/role-changes/pending")).isTrue();
		assertThat(paths.has("/api/v1/role-changes/{id}/approval")).isTrue();
		assertThat(paths.has("/api/v1/role-changes/{id}/rejection")).isTrue();
	}

	/** How many cases the caller's caseload holds; none when the API refuses the caseload altogether. */
	private static long casesReachedBy(Http caller) {
		var answer = caller.get("/api/v1/cases");
		return answer.status() == 200 ? answer.json().get("total").asLong() : 0;
	}

	/** The page a form's answer redirects to, with its notice or alert. */
	private static Pages.Page follow(Pages pages, Pages.Page answer) {
		assertThat(answer.status()).as(answer.html()).isEqualTo(302);
		return pages.get(java.net.URI.create(answer.location()).getPath());
	}

	/** The administrator's edit of an account's roles, keeping everything else as it is. */
	private Pages.Page change(Pages admin, String id, String roles) {
		var page = admin.get("/admin/users/" + id);
		Map<String, Object> account = jdbc.queryForMap("SELECT * FROM app_user WHERE id = ?::uuid", id);
		Map<String, String> form = new HashMap<>();
		form.put("version", account.get("version").toString());
		form.put("displayName", account.get("display_name").toString());
		form.put("roles", roles);
		form.put("organizationId", account.get("organization_id") == null ? "" : account.get("organization_id").toString());
		return admin.post("/admin/users/" + id, form, page);
	}

	/** An account made at start-up (no approval needed), in the organisation of the demo user of that role. */
	private String provision(String name, Role role) {
		String organization = switch (role) {
			case ADMINISTRATOR -> null;
			case COORDINATOR -> organizationOf(Demo.COORDINATOR);
			default -> organizationOf(Demo.ANALYST);
		};
		return accounts.provision(new NewUser(unique(name), "Test " + name, Demo.PASSWORD, null, Set.of(role),
				organization == null ? null : UUID.fromString(organization), null, null), false).id().toString();
	}

	private Map<String, Object> waitingChange(String userId, String kind) {
		return jdbc.queryForMap("SELECT id::text AS id, version FROM role_change WHERE user_id = ?::uuid "
				+ "AND kind = ? AND status = 'PENDING'", userId, kind);
	}

	/** The account's role changes in order: pending ones decided as {@code PENDING→APPROVED}. */
	private List<String> statusesOf(String userId) {
		return jdbc.queryForList("SELECT CASE WHEN decided_by IS NULL THEN status ELSE 'PENDING→' || status END "
				+ "FROM role_change WHERE user_id = ?::uuid ORDER BY requested_at, id", String.class, userId);
	}

	private List<String> rolesOf(String id) {
		return jdbc.queryForList("SELECT role FROM app_user_role WHERE user_id = ?::uuid ORDER BY role", String.class,
				id);
	}

	private static String rolesError(String html) {
		int start = html.indexOf("id=\"roles-error\"");
		assertThat(start).as("an error at the roles").isNotNegative();
		return html.substring(start, html.indexOf("</div>", start));
	}

	private static String rowOf(String html, String changeId) {
		int start = html.indexOf("id=\"role-change-" + changeId + "\"");
		assertThat(start).as("the change is listed").isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private static String unique(String name) {
		return name + "-" + System.nanoTime() % 1000000;
	}

	private String idOf(String username) {
		return jdbc.queryForObject("SELECT id::text FROM app_user WHERE username = ?", String.class, username);
	}

	private String usernameOf(String id) {
		return jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?::uuid", String.class, id);
	}

	private int version(String id) {
		return jdbc.queryForObject("SELECT version FROM app_user WHERE id = ?::uuid", Integer.class, id);
	}

	private String organizationOf(String username) {
		return jdbc.queryForObject("SELECT organization_id::text FROM app_user WHERE username = ?", String.class,
				username);
	}
}

package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each role opens the pages its work needs and is refused the others, with error pages in its language. */
@HomewardTest
class PageAccessTest {

	@LocalServerPort
	int port;

	static final List<String> REGISTRY_PAGES = List.of("/registry/persons", "/registry/persons/new",
			"/registry/households", "/registry/households/new", "/registry/operations", "/registry/operations/new");
	static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/users/new", "/admin/organizations",
			"/admin/regions", "/admin/services");
	static final List<String> AUDIT_PAGES = List.of("/audit", "/audit/emergency-access", "/audit/role-changes");
	static final List<String> TASK_PAGES = List.of("/community");
	static final List<String> EMERGENCY_PAGES = List.of("/cases/emergency-access");

	static final Map<String, List<String>> ALLOWED = Map.ofEntries(
			Map.entry(Demo.ADMIN, ADMIN_PAGES),
			Map.entry(Demo.COORDINATOR, both(REGISTRY_PAGES, EMERGENCY_PAGES)),
			Map.entry(Demo.CASE_MANAGER, both(REGISTRY_PAGES, EMERGENCY_PAGES)),
			Map.entry(Demo.HEALTH_SPECIALIST, both(TASK_PAGES, EMERGENCY_PAGES)),
			Map.entry(Demo.JUSTICE_OFFICER, EMERGENCY_PAGES),
			Map.entry(Demo.SECURITY_OFFICER, EMERGENCY_PAGES),
			Map.entry(Demo.COMMUNITY_WORKER, TASK_PAGES),
			Map.entry(Demo.CSO_WORKER, TASK_PAGES),
			Map.entry(Demo.ANALYST, List.of()),
			Map.entry(Demo.AUDITOR, AUDIT_PAGES),
			Map.entry(Demo.SECRETARIAT, List.of()),
			Map.entry(Demo.EXPERT, List.of()));

	static List<String> both(List<String> some, List<String> others) {
		return Stream.concat(some.stream(), others.stream()).toList();
	}

	static Stream<Arguments> rolesAndPages() {
		return ALLOWED.keySet().stream().sorted().flatMap(role -> Stream.of(REGISTRY_PAGES, ADMIN_PAGES, AUDIT_PAGES,
				TASK_PAGES, EMERGENCY_PAGES)
				.flatMap(List::stream).map(page -> Arguments.of(role, page)));
	}

	@ParameterizedTest(name = "{0} opening {1}")
	@MethodSource("rolesAndPages")
	void aRoleOpensExactlyThePagesOfItsWork(String role, String page) {
		var answer = Pages.signIn(port, role).get(page);
		int expected = ALLOWED.get(role).contains(page) ? 200 : 403;
		assertThat(answer.status()).as(role + " " + page).isEqualTo(expected);
	}

	@Test
	void everyoneSignedInHasAHomePageWithNavigationForTheirRole() {
		assertThat(Pages.signIn(port, Demo.COORDINATOR).get("/").html()).contains("/registry/persons")
				.doesNotContain("/admin/users").doesNotContain("href=\"/audit\"");
		assertThat(Pages.signIn(port, Demo.ADMIN).get("/").html()).contains("/admin/users")
				.doesNotContain("/registry/persons");
		// the analyst's home is the country's indicators under suppression (issue 10), no longer an empty page
		assertThat(Pages.signIn(port, Demo.ANALYST).get("/?lang=en").html()).contains("id=\"dashboard\"")
				.contains("/reporting").doesNotContain("Nothing is assigned to you here yet")
				.doesNotContain("/registry/persons");
		assertThat(Pages.signIn(port, Demo.AUDITOR).get("/?lang=en").html()).doesNotContain("id=\"dashboard\"");
	}

	@Test
	void theCaseloadCountsTheCasesOfEachStage() {
		var caseload = Pages.signIn(port, Demo.COORDINATOR).get("/cases?lang=en");
		assertThat(caseload.status()).isEqualTo(200);
		var counts = Pattern.compile("data-stage=\"(\\w+)\"[^>]*>\\s*<span>[^<]*</span>\\s*"
				+ "<span class=\"badge[^\"]*\">(\\d+)</span>").matcher(caseload.html()).results()
				.collect(Collectors.toMap(m -> m.group(1), m -> Integer.parseInt(m.group(2))));
		assertThat(counts).containsKeys("RECEPTION", "REHABILITATION", "CLOSED");
		assertThat(counts.get("REHABILITATION")).as("the demo has cases in rehabilitation").isPositive();
		for (String role : List.of(Demo.TEACHER, Demo.JUSTICE_OFFICER, Demo.CASE_MANAGER)) {
			assertThat(Pages.signIn(port, role).get("/cases").status()).as(role).isEqualTo(200);
		}
	}

	@Test
	void everyoneSignedInHasTheirNotifications() {
		for (String role : ALLOWED.keySet()) {
			assertThat(Pages.signIn(port, role).get("/notifications").status()).as(role).isEqualTo(200);
		}
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		var answer = new Pages(port).get("/registry/persons");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/login");
	}

	@Test
	void aRefusalIsExplainedInTheUsersLanguageWithoutInternals() {
		var russian = Pages.signIn(port, Demo.ANALYST).get("/registry/persons?lang=ru");
		assertThat(russian.status()).isEqualTo(403);
		assertThat(russian.html()).containsPattern("<h1>[^<]*[а-яА-Я]").doesNotContain("Exception")
				.doesNotContain("at org.");

		var uzbek = Pages.signIn(port, Demo.COORDINATOR).get("/registry/persons/" + UUID.randomUUID() + "?lang=uz");
		assertThat(uzbek.status()).isEqualTo(404);
		assertThat(uzbek.html()).contains("lang=\"uz\"").doesNotContain("Not found");
	}

	@Test
	void aServerErrorShowsAPageWithoutAStackTrace() {
		var answer = Pages.signIn(port, Demo.COORDINATOR).get("/registry/persons/not-a-uuid");
		assertThat(answer.status()).isBetween(400, 499);
		assertThat(answer.html()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void theApiIsDescribedByOpenApiAndSwaggerUi() {
		var docs = new Http(port).anonymous().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		var paths = docs.json().get("paths");
		assertThat(paths.has("/api/v1/persons")).isTrue();
		assertThat(paths.has("/api/v1/persons/search")).isTrue();
		assertThat(paths.has("/api/v1/households/{id}/members")).isTrue();
		assertThat(paths.has("/api/v1/operations/{id}")).isTrue();
		assertThat(paths.has("/api/v1/cases/{caseId}/referrals")).isTrue();
		assertThat(paths.has("/api/v1/cases/{caseId}/consents/{consentId}/withdrawal")).isTrue();
		assertThat(paths.has("/api/v1/community/tasks/{referralId}")).isTrue();
		assertThat(paths.has("/api/v1/cases/{id}/emergency-access")).isTrue();
		assertThat(paths.has("/api/v1/transfers/{id}/decision")).isTrue();
		assertThat(paths.has("/api/v1/notifications")).isTrue();
		assertThat(docs.text()).doesNotContain("CurrentUser");
		assertThat(new Http(port).anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void healthAndMetricsAreServedForOperations() {
		var health = new Http(port).anonymous().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		var metrics = new Http(port).as(Demo.ADMIN).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.text()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}
}

package org.homeward.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.homeward.notifications.internal.NotificationPruning;
import org.homeward.support.Demo;
import org.homeward.support.Fixtures;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Notices say what happened: which service, which organisation on the other side, which case (by its number, to
 * those who see case numbers), with a link to act on it, grouped by day; those who decide a closure or a transfer
 * hear of it; old notices go.
 */
@HomewardTest
class NoticesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationPruning pruning;

	@Test
	void aReferralsNoticesNameTheServiceTheOrganisationAndTheCaseToThoseWhoSeeIt() {
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		JsonNode opened = openCase(manager, "Xabarova");
		String caseId = opened.get("id").asString();
		String number = opened.get("number").asString();
		manager.post("/api/v1/cases/" + caseId + "/consents", Map.of("givenBy", "GUARDIAN", "guardianName", "Aunt",
				"organizationTypes", List.of("LOCAL_COMMUNITY"), "purposes", List.of("MENTORING"), "givenOn",
				"2026-01-05"));
		String referral = manager.post("/api/v1/cases/" + caseId + "/referrals", Map.of("serviceCode", "MENTORING",
				"toOrganizationId", organization("Navbahor mahalla committee"), "task", "Weekly visits")).json()
				.get("id").asString();

		Http mahalla = new Http(port).as(Demo.COMMUNITY_WORKER);
		JsonNode received = await().atMost(Duration.ofSeconds(10)).until(() -> latest(mahalla, referral),
				n -> n != null);
		assertThat(received.get("kind").asString()).isEqualTo("REFERRAL_RECEIVED");
		assertThat(received.get("serviceCode").asString()).isEqualTo("MENTORING");
		assertThat(received.has("caseNumber")).as("a mahalla sees no case number").isFalse();
		String page = Pages.signIn(port, Demo.COMMUNITY_WORKER).get("/notifications").html();
		assertThat(page).contains("Mentoring by the mahalla").contains("Committee for Family and Women")
				.contains("/community/tasks/" + referral).doesNotContain(number).doesNotContain("Xabarova");

		int version = mahalla.get("/api/v1/referrals/" + referral).json().get("version").asInt();
		mahalla.post("/api/v1/referrals/" + referral + "/status", Map.of("version", version, "target", "ACCEPTED"));
		JsonNode accepted = await().atMost(Duration.ofSeconds(10)).until(() -> latest(manager, referral),
				n -> n != null && n.get("kind").asString().equals("REFERRAL_ACCEPTED"));
		assertThat(accepted.get("caseNumber").asString()).isEqualTo(number);
		String managerPage = Pages.signIn(port, Demo.CASE_MANAGER).get("/notifications").html();
		assertThat(managerPage).contains("Navbahor mahalla committee", number, "/cases/" + caseId + "/referrals")
				.contains("Today");
	}

	@Test
	void aClosureRequestTellsTheNationalCoordinatorAndATransferTheReceivingRegion() {
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		JsonNode opened = openCase(manager, "Yopilova");
		String caseId = opened.get("id").asString();
		String url = "/api/v1/cases/" + caseId;
		for (String target : List.of("ASSESSMENT", "REHABILITATION", "REINTEGRATION", "MONITORING")) {
			manager.post(url + "/stage", Map.of("version", manager.get(url).json().get("version").asInt(), "target",
					target, "reason", "Plan followed"));
		}
		var requested = manager.post(url + "/closure-request",
				Map.of("version", manager.get(url).json().get("version").asInt(), "reason", "Settled with her family"));
		assertThat(requested.status()).as(requested.text()).isEqualTo(200);
		Http national = new Http(port).as(Demo.COORDINATOR);
		await().atMost(Duration.ofSeconds(10)).until(() -> kindsFor(national, caseId).contains("CLOSURE_REQUESTED"));
		assertThat(kindsFor(new Http(port).as(Demo.TASHKENT_COORDINATOR), caseId))
				.as("the regional coordinator prepares, the national one decides").doesNotContain("CLOSURE_REQUESTED");

		JsonNode other = openCase(manager, "Kochirova");
		var transfer = manager.post("/api/v1/cases/" + other.get("id").asString() + "/transfers",
				Map.of("toRegionId", Fixtures.regionId(manager, "Fergana Region"), "reason", "The family moved"));
		assertThat(transfer.status()).as(transfer.text()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(10)).until(() -> kindsFor(new Http(port).as(Demo.REGIONAL_COORDINATOR),
				other.get("id").asString()).contains("TRANSFER_REQUESTED"));
	}

	@Test
	void noticesOlderThanTheSetTimeAreRemoved() {
		String user = jdbc.sql("SELECT id FROM app_user WHERE username = 'analyst'").query(String.class).single();
		jdbc.sql("""
				INSERT INTO notification (id, user_id, kind, created_at)
				VALUES (gen_random_uuid(), ?::uuid, 'REFERRAL_OVERDUE', now() - interval '200 days'),
				       (gen_random_uuid(), ?::uuid, 'REFERRAL_OVERDUE', now() - interval '10 days')""")
				.params(user, user).update();
		pruning.prune();
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE user_id = ?::uuid").param(user).query(Long.class)
				.single()).isEqualTo(1);
	}

	private JsonNode openCase(Http manager, String surname) {
		String person = manager.post("/api/v1/persons", Fixtures.registration(Fixtures.person(surname, "Nodira",
				"2013-04-04", Fixtures.regionId(manager, "Tashkent")), List.of())).json().get("id").asString();
		return manager.post("/api/v1/cases", Map.of("personId", person)).json();
	}

	private JsonNode latest(Http user, String referralId) {
		for (JsonNode n : user.get("/api/v1/notifications").json()) {
			if (n.has("referralId") && n.get("referralId").asString().equals(referralId)) {
				return n;
			}
		}
		return null;
	}

	private List<String> kindsFor(Http user, String caseId) {
		return user.get("/api/v1/notifications").json().valueStream()
				.filter(n -> n.has("caseId") && n.get("caseId").asString().equals(caseId))
				.map(n -> n.get("kind").asString()).toList();
	}

	private String organization(String name) {
		return jdbc.sql("SELECT id FROM organization WHERE name_en = ?").param(name).query(String.class).single();
	}
}

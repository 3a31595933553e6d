package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Each person's home page says what waits for them, with counts that match what the linked page lists, counted
 * within their reach and never naming a person.
 */
@HomewardTest
class WhatWaitsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNationalCoordinatorSeesTheClosuresToDecideAndTheLinkListsThem() {
		String home = home(Demo.COORDINATOR);
		long pending = count("SELECT count(*) FROM case_file WHERE closure_requested_at IS NOT NULL");
		assertThat(pending).as("the demo holds a closure to decide").isPositive();
		assertThat(queue(home, "waiting.closures")).isEqualTo(pending);
		assertThat(home).contains("Closures to decide").contains("href=\"/cases?closure=true\"");
		String listed = Pages.signIn(port, Demo.COORDINATOR).get("/cases?closure=true").html();
		String number = jdbc.sql("SELECT number FROM case_file WHERE closure_requested_at IS NOT NULL LIMIT 1")
				.query(String.class).single();
		assertThat(listed).contains(number);
		String other = jdbc.sql("SELECT number FROM case_file WHERE closure_requested_at IS NULL LIMIT 1")
				.query(String.class).single();
		assertThat(listed).doesNotContain(other);
		assertThat(queue(home, "waiting.unassigned"))
				.isEqualTo(count("SELECT count(*) FROM case_file WHERE case_manager_id IS NULL"
						+ " AND stage NOT IN ('CLOSED', 'TRANSFERRED')"));
	}

	@Test
	void aRegionalCoordinatorSeesTransfersIntoTheRegionButNoClosures() {
		String home = home(Demo.REGIONAL_COORDINATOR);
		long into = count("""
				SELECT count(*) FROM case_transfer t JOIN region r ON r.id = t.to_region_id
				WHERE t.status = 'REQUESTED' AND r.name_en = 'Fergana Region'""");
		assertThat(into).as("the demo holds a transfer into Fergana").isPositive();
		assertThat(queue(home, "waiting.transfers")).isEqualTo(into);
		assertThat(home).doesNotContain("data-queue=\"waiting.closures\"");
		assertThat(queue(home(Demo.TASHKENT_COORDINATOR), "waiting.transfers")).isEqualTo(count("""
				SELECT count(*) FROM case_transfer t JOIN region r ON r.id = t.to_region_id
				WHERE t.status = 'REQUESTED' AND r.name_en = 'Tashkent'"""));
	}

	@Test
	void aCaseManagerSeesOverdueActionsAssessmentsDueAndAConsentAboutToLapse() {
		String before = home(Demo.CASE_MANAGER);
		String mine = "(SELECT c.id FROM case_file c JOIN app_user u ON u.id = c.case_manager_id"
				+ " WHERE u.username = 'casemanager' AND c.stage NOT IN ('CLOSED', 'TRANSFERRED'))";
		assertThat(queue(before, "waiting.overdueActions")).isEqualTo(count(
				"SELECT count(DISTINCT a.case_id) FROM plan_action a WHERE a.overdue AND a.case_id IN " + mine));
		assertThat(queue(before, "waiting.assessmentsDue")).isEqualTo(count(
				"SELECT count(DISTINCT d.case_id) FROM due_assessment d WHERE d.status = 'DUE' AND d.case_id IN "
						+ mine));

		long lapsing = queue(before, "waiting.consentsLapsing");
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		JsonNode anyCase = manager.get("/api/v1/cases?mine=true&size=1&ended=false").json().get("items").get(0);
		manager.post("/api/v1/cases/" + anyCase.get("id").asString() + "/consents", Map.of("givenBy", "GUARDIAN", "guardianName", "Aunt",
				"organizationTypes", List.of("LOCAL_COMMUNITY"), "purposes", List.of("MENTORING"), "givenOn",
				LocalDate.now().minusDays(300).toString(), "validUntil", LocalDate.now().plusDays(10).toString()));
		assertThat(queue(home(Demo.CASE_MANAGER), "waiting.consentsLapsing")).isEqualTo(lapsing + 1);
	}

	@Test
	void aMahallaCountsItsTasksAsItsTaskListShowsThemAndReadsNoNameOnItsHome() {
		Http mahalla = new Http(port).as(Demo.COMMUNITY_WORKER);
		JsonNode tasks = mahalla.get("/api/v1/community/tasks").json();
		String home = home(Demo.COMMUNITY_WORKER);
		assertThat(queue(home, "waiting.referralsToAccept") + queue(home, "waiting.tasks")).isEqualTo(tasks.size());
		for (JsonNode task : tasks) {
			assertThat(home).doesNotContain(task.get("name").asString());
		}
		assertThat(home).doesNotContain("data-queue=\"waiting.unassigned\"")
				.doesNotContain("data-queue=\"waiting.overdueActions\"");
	}

	@Test
	void theAuditorSeesTheEmergencyGrantsToReviewAndTheAnalystNoQueue() {
		String home = home(Demo.AUDITOR);
		assertThat(queue(home, "waiting.emergencyReviews"))
				.isEqualTo(count("SELECT count(*) FROM emergency_access WHERE review = 'PENDING'"));
		assertThat(queue(home, "waiting.roleChanges"))
				.isEqualTo(count("SELECT count(*) FROM role_change WHERE status = 'PENDING'"));
		assertThat(home(Demo.ANALYST)).doesNotContain("id=\"waiting\"");
		assertThat(home(Demo.ADMIN)).contains("data-queue=\"waiting.roleChangesToApprove\"");
	}

	@Test
	void theQueuesSpeakRussianAndUzbek() {
		assertThat(Pages.signIn(port, Demo.COORDINATOR).inLanguage("ru").get("/").html())
				.contains("Что вас ждёт").contains("Закрытия дел на решение");
		assertThat(Pages.signIn(port, Demo.COORDINATOR).inLanguage("uz").get("/").html())
				.contains("Sizni nima kutmoqda").contains("so&#39;rovlari");
	}

	private String home(String user) {
		return Pages.signIn(port, user).get("/").html();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** The count a queue of the home page shows; fails when the page has no such queue. */
	private static long queue(String html, String key) {
		Matcher m = Pattern.compile("data-queue=\"" + Pattern.quote(key)
				+ "\".*?<span class=\"badge[^\"]*\">(\\d+)</span>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("the home page shows " + key).isTrue();
		return Long.parseLong(m.group(1));
	}
}

package org.homeward.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.homeward.cases.CaseClosed;
import org.homeward.cases.CaseOpened;
import org.homeward.cases.CaseStage;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Every child is owed a best-interests assessment from the day their case opens; recording it settles the debt, and
 * closing the case cancels what is still owed. Cases are opened through the cases API, which publishes CaseOpened;
 * the other events are published here as the cases module publishes them: in a transaction, handled after it commits.
 */
@HomewardTest
class DueAssessmentsTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	Http caseManager;
	TestCases cases;

	@BeforeEach
	void setUp() {
		Http api = new Http(port);
		caseManager = api.as(Demo.CASE_MANAGER);
		cases = new TestCases(api, new JdbcTemplate(dataSource));
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}

	private JsonNode due(UUID caseId) {
		return caseManager.get("/api/v1/cases/" + caseId + "/assessments/due").json();
	}

	private void awaitDue(UUID caseId, String status) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode due = due(caseId);
			assertThat(due).hasSize(1);
			assertThat(due.get(0).get("status").asString()).isEqualTo(status);
		});
	}

	@Test
	void openingAChildsCaseMakesABestInterestsAssessmentDueUntilItIsRecorded() {
		UUID caseId = cases.open("Bolayeva", LocalDate.now().minusYears(9));

		awaitDue(caseId, "DUE");
		assertThat(due(caseId).get(0).get("instrumentCode").asString()).isEqualTo("BEST_INTERESTS");
		assertThat(due(caseId).get(0).get("dueSince").asString()).isEqualTo(LocalDate.now().toString());

		var recorded = caseManager.post("/api/v1/cases/" + caseId + "/assessments", AssessmentApiTest.assessment(
				"BEST_INTERESTS", LocalDate.now(), Map.of("BIA_ABUSE", "NO_CONCERN", "BIA_HEARD", "SOME_CONCERN",
						"BIA_WISHES", "NO_CONCERN", "BIA_PHYSICAL", "SOME_CONCERN")));

		assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
		// children's bands: LOW below 0.25, MEDIUM below 1, HIGH from 1
		// views = (1 + 0) / 2 = 0.5 → MEDIUM; health and development = 1 / 1 = 1 → HIGH; safety = 0 / 1 = 0 → LOW
		var priorities = recorded.json().get("priorities");
		assertThat(priorities.get("VIEWS").asString()).isEqualTo("MEDIUM");
		assertThat(priorities.get("HEALTH_DEVELOPMENT").asString()).isEqualTo("HIGH");
		assertThat(priorities.get("SAFETY").asString()).isEqualTo("LOW");
		awaitDue(caseId, "DONE");
	}

	@Test
	void openingAnAdultsCaseMakesNothingDue() {
		UUID caseId = cases.open("Kattayeva", LocalDate.of(1992, 3, 3));

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> due(caseId).isEmpty());
	}

	@Test
	void closingACaseCancelsWhatItStillOwes() {
		UUID caseId = cases.open("Yopilova", LocalDate.now().minusYears(12));
		awaitDue(caseId, "DUE");

		publish(new CaseClosed(caseId, CaseStage.MONITORING));

		awaitDue(caseId, "CANCELLED");
	}

	@Test
	void anEventDeliveredTwiceOwesOneAssessment() {
		UUID caseId = cases.open("Ikkiyeva", LocalDate.now().minusYears(6));
		awaitDue(caseId, "DUE");

		publish(new CaseOpened(caseId, UUID.randomUUID(), LocalDate.now(), true));

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> due(caseId).size() == 1);
		assertThat(due(caseId).get(0).get("status").asString()).isEqualTo("DUE");
	}

	@Test
	void anAssessmentRecordedBeforeTheEventIsHandledIsNotOwedAgain() {
		// as when the transaction that opened the case also recorded the assessment (an import, the demo)
		UUID caseId = cases.open("Oldinova", LocalDate.now().minusYears(10));
		awaitDue(caseId, "DUE");
		caseManager.post("/api/v1/cases/" + caseId + "/assessments", AssessmentApiTest.assessment("BEST_INTERESTS",
				LocalDate.now(), Map.of("BIA_ABUSE", "NO_CONCERN")));
		awaitDue(caseId, "DONE");

		publish(new CaseOpened(caseId, UUID.randomUUID(), LocalDate.now(), true));

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> due(caseId).size() == 1);
		assertThat(due(caseId).get(0).get("status").asString()).isEqualTo("DONE");
	}
}

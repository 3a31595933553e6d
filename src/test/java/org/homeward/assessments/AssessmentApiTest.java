package org.homeward.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Recording and reading assessments over the REST API: the scores a worker gets back, and refusals that name what is
 * wrong and save nothing. Who may do what is {@link AssessmentAccessTest}'s.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentApiTest {

	/**
	 * economic     = (0.75 + 0.5 + 0.5 + 1) / 4 = 0.6875 (financial services unanswered)
	 * social       = (0.75 + 0.5 + 0.75 + 1) / 4 = 0.75 (children's schooling unanswered: no school-age children)
	 * psychosocial = (0.25 + 0.5 + 0.5 + 0.25 + 0.5) / 5 = 0.4
	 * composite    = (0.6875 + 0.75 + 0.4) / 3 = 1.8375 / 3 = 0.6125
	 */
	static final Map<String, String> RPI_ANSWERS = Map.ofEntries(Map.entry("ECONOMIC_SATISFACTION", "SATISFIED"),
			Map.entry("FOOD_SECURITY", "SOMETIMES"), Map.entry("WORK_OR_TRAINING", "OCCASIONAL"),
			Map.entry("DEBT", "MANAGEABLE"), Map.entry("HOUSING", "ADEQUATE_BY_GOODWILL"),
			Map.entry("DOCUMENTS", "SOME"), Map.entry("HEALTH_CARE", "USUALLY"), Map.entry("SAFETY_JUSTICE", "SAFE"),
			Map.entry("COMMUNITY_PARTICIPATION", "RARELY"), Map.entry("SUPPORT_NETWORK", "ONE_OR_TWO"),
			Map.entry("DISCRIMINATION", "SOMETIMES"), Map.entry("DISTRESS", "OFTEN"), Map.entry("BELONGING", "SOMEWHAT"));

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Http api;
	Http caseManager;
	TestCases cases;
	UUID adultCase;

	@BeforeAll
	void openCases() {
		api = new Http(port);
		caseManager = api.as(Demo.CASE_MANAGER);
		cases = new TestCases(api, new JdbcTemplate(dataSource));
		adultCase = cases.open("Baholova", LocalDate.of(1990, 4, 2));
	}

	static Map<String, Object> assessment(String instrument, LocalDate on, Map<String, String> answers) {
		Map<String, Object> body = new HashMap<>();
		body.put("instrumentCode", instrument);
		body.put("assessedOn", on.toString());
		body.put("answers", answers);
		return body;
	}

	private String path(UUID caseId) {
		return "/api/v1/cases/" + caseId + "/assessments";
	}

	@Test
	void aCaseManagerRecordsAProgressIndexAndGetsItsScores() {
		var response = caseManager.post(path(adultCase), assessment("RPI", LocalDate.now().minusMonths(6), RPI_ANSWERS));

		assertThat(response.status()).as(response.text()).isEqualTo(201);
		JsonNode recorded = response.json();
		assertThat(response.raw().headers().firstValue("Location"))
				.hasValue(path(adultCase) + "/" + recorded.get("id").asString());
		JsonNode scores = recorded.get("dimensionScores");
		assertThat(scores.get("ECONOMIC").decimalValue()).isEqualByComparingTo("0.6875");
		assertThat(scores.get("SOCIAL").decimalValue()).isEqualByComparingTo("0.75");
		assertThat(scores.get("PSYCHOSOCIAL").decimalValue()).isEqualByComparingTo("0.4");
		assertThat(recorded.get("composite").decimalValue()).isEqualByComparingTo("0.6125");
		assertThat(recorded.get("assessedBy").asString()).isEqualTo(Demo.CASE_MANAGER);
	}

	@Test
	void aNeedsAssessmentGivesAPriorityPerDomain() {
		// health: urgent medical care, a critical item at its worst → HIGH whatever the mean (2 / 1 = 2 anyway)
		// livelihood: (1 + 1 + 0) / 3 = 0.6667 → MEDIUM; documents: 0 / 1 = 0 → LOW; other domains unanswered
		var response = caseManager.post(path(adultCase), assessment("NEEDS", LocalDate.now(), Map.of(
				"HEALTH_CARE", "URGENT_NEED", "LIV_BASIC", "SOME_NEED", "LIV_WORK", "SOME_NEED",
				"LIV_BENEFITS", "NO_NEED", "DOC_IDENTITY", "NO_NEED")));

		assertThat(response.status()).as(response.text()).isEqualTo(201);
		JsonNode priorities = response.json().get("priorities");
		assertThat(priorities.get("HEALTH").asString()).isEqualTo("HIGH");
		assertThat(priorities.get("LIVELIHOOD").asString()).isEqualTo("MEDIUM");
		assertThat(priorities.get("DOCUMENTS").asString()).isEqualTo("LOW");
		assertThat(priorities.has("LEGAL")).isFalse();
		assertThat(response.json().get("composite").isNull()).isTrue();
	}

	@Test
	void theHistoryIsNewestFirstAndTheTrendOldestFirst() {
		UUID caseId = cases.open("Trendova", LocalDate.of(1988, 1, 1));
		Map<String, String> better = new HashMap<>(RPI_ANSWERS);
		better.put("DISTRESS", "RARELY"); // psychosocial = (0.25 + 0.5 + 0.5 + 0.75 + 0.5) / 5 = 0.5
		caseManager.post(path(caseId), assessment("RPI", LocalDate.now().minusMonths(3), better));
		caseManager.post(path(caseId), assessment("RPI", LocalDate.now().minusMonths(9), RPI_ANSWERS));

		JsonNode history = caseManager.get(path(caseId)).json();
		JsonNode trend = caseManager.get(path(caseId) + "/trend").json();

		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("assessedOn").asString()).isEqualTo(LocalDate.now().minusMonths(3).toString());
		assertThat(trend).hasSize(2);
		assertThat(trend.get(0).get("assessedOn").asString()).isEqualTo(LocalDate.now().minusMonths(9).toString());
		assertThat(trend.get(0).get("psychosocial").decimalValue()).isEqualByComparingTo("0.4");
		// composite = (0.6875 + 0.75 + 0.5) / 3 = 1.9375 / 3 = 0.64583… → 0.6458
		assertThat(trend.get(1).get("composite").decimalValue()).isEqualByComparingTo("0.6458");
	}

	@Test
	void aBestInterestsAssessmentOfAnAdultIsRefusedInTheUsersLanguage() {
		long before = cases.assessments(adultCase);
		var body = assessment("BEST_INTERESTS", LocalDate.now(), Map.of("BIA_ABUSE", "NO_CONCERN"));

		var english = caseManager.post(path(adultCase), body);
		var russian = caseManager.inLanguage("ru").post(path(adultCase), body);

		assertThat(english.status()).isEqualTo(422);
		assertThat(english.json().get("code").asString()).isEqualTo("assessment.childrenOnly");
		assertThat(english.json().get("detail").asString()).contains("children only");
		assertThat(russian.json().get("detail").asString()).contains("только для детей");
		assertThat(cases.assessments(adultCase)).isEqualTo(before);
	}

	@Test
	void anAnswerThatIsNotAnOptionOfItsItemIsRefusedNamingTheItemAndNothingIsSaved() {
		long before = cases.assessments(adultCase);
		Map<String, String> answers = new HashMap<>(RPI_ANSWERS);
		answers.put("DEBT", "URGENT_NEED");

		var response = caseManager.post(path(adultCase), assessment("RPI", LocalDate.now(), answers));

		assertThat(response.status()).as(response.text()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("assessment.answer.unknownOption");
		assertThat(response.json().get("item").asString()).isEqualTo("DEBT");
		assertThat(cases.assessments(adultCase)).isEqualTo(before);
	}

	@Test
	void anAnswerToAQuestionTheInstrumentDoesNotHaveIsRefused() {
		var response = caseManager.post(path(adultCase), assessment("NEEDS", LocalDate.now(),
				Map.of("HEALTH_CARE", "NO_NEED", "DEBT", "MANAGEABLE")));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("item").asString()).isEqualTo("DEBT");
	}

	@Test
	void noAnswersOrAFutureDateAre400NamingTheField() {
		var empty = caseManager.post(path(adultCase), assessment("RPI", LocalDate.now(), Map.of()));
		var future = caseManager.post(path(adultCase), assessment("RPI", LocalDate.now().plusDays(1), RPI_ANSWERS));
		var ancient = caseManager.post(path(adultCase), assessment("RPI", LocalDate.of(1899, 12, 31), RPI_ANSWERS));

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("answers");
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("assessedOn");
		assertThat(ancient.status()).isEqualTo(400);
	}

	@Test
	void anUnknownInstrumentIsRefused() {
		var response = caseManager.post(path(adultCase), assessment("IQ_TEST", LocalDate.now(), RPI_ANSWERS));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("assessment.instrument.unknown");
	}

	@Test
	void anAssessmentOfAnotherCaseIsNotFoundUnderThisOne() {
		UUID other = cases.open("Boshqova", LocalDate.of(1985, 5, 5));
		String id = caseManager.post(path(other), assessment("RPI", LocalDate.now(), RPI_ANSWERS)).json().get("id")
				.asString();

		assertThat(caseManager.get(path(other) + "/" + id).status()).isEqualTo(200);
		assertThat(caseManager.get(path(adultCase) + "/" + id).status()).isEqualTo(404);
		assertThat(caseManager.get(path(UUID.randomUUID())).status()).isEqualTo(404);
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		var docs = api.anonymous().get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().get("paths");
		assertThat(paths.has("/api/v1/assessment-instruments")).isTrue();
		assertThat(paths.get("/api/v1/cases/{caseId}/assessments").has("post")).isTrue();
		assertThat(paths.has("/api/v1/cases/{caseId}/assessments/trend")).isTrue();
		assertThat(paths.get("/api/v1/cases/{caseId}/assessments").toString()).doesNotContain("CurrentUser");
	}
}

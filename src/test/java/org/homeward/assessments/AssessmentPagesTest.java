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
import org.homeward.support.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The assessment pages as each kind of user meets them: the form generated from the instrument, saving it, the trend
 * chart with its table, refusals in the user's language, and no way to record for a reader.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	TestCases cases;
	UUID caseId;

	@BeforeAll
	void openCase() {
		cases = new TestCases(new Http(port), new JdbcTemplate(dataSource));
		caseId = cases.open("Sahifayeva", LocalDate.of(1994, 8, 15));
	}

	private String list() {
		return "/cases/" + caseId + "/assessments";
	}

	@Test
	void theFormIsGeneratedFromTheInstrumentWithALabelledRadioGroupPerQuestion() {
		var page = Pages.signIn(port, Demo.CASE_MANAGER).get(list() + "/new?instrument=RPI");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("Reintegration Progress Index")
				.contains("<legend class=\"fs-6 fw-semibold mb-1\">How satisfied is the person with their current economic situation?</legend>")
				.contains("name=\"answers[ECONOMIC_SATISFACTION]\"")
				.contains("id=\"ECONOMIC_SATISFACTION-VERY_SATISFIED\"")
				.contains("for=\"ECONOMIC_SATISFACTION-VERY_SATISFIED\"");
		assertThat(page.html().split("<fieldset", -1)).hasSize(15 + 1);
	}

	@Test
	void theFormSpeaksTheUsersLanguage() {
		var page = Pages.signIn(port, Demo.CASE_MANAGER).inLanguage("uz").get(list() + "/new?instrument=NEEDS");

		assertThat(page.html()).contains("Ehtiyojlarni dastlabki baholash").contains("Shoshilinch ehtiyoj")
				.contains("Baholashni saqlash");
	}

	@Test
	void aSavedProgressIndexIsListedWithItsScoresAndDrawnWithATableOfTheSameFigures() {
		Pages pages = Pages.signIn(port, Demo.CASE_MANAGER);
		var form = pages.get(list() + "/new?instrument=RPI");
		Map<String, String> fields = new HashMap<>();
		fields.put("instrumentCode", "RPI");
		fields.put("assessedOn", LocalDate.now().minusDays(1).toString());
		AssessmentApiTest.RPI_ANSWERS.forEach((item, option) -> fields.put("answers[" + item + "]", option));
		fields.put("answers[CHILDREN_SCHOOLING]", ""); // "not answered"

		var saved = pages.post("/cases/" + caseId + "/assessments", fields, form);
		var listed = pages.get(list());

		assertThat(saved.status()).as(saved.html()).isEqualTo(302);
		assertThat(saved.location()).endsWith(list());
		assertThat(listed.html()).contains("The assessment was saved.").contains("id=\"rpi-trend\"")
				.contains("data-chart=").contains("/js/assessment-trend.js").contains("id=\"rpi-trend-table\"")
				// composite (0.6875 + 0.75 + 0.4) / 3 = 0.6125, shown with two decimals
				.contains("0.61").contains("13 of 15 questions answered");
	}

	@Test
	void aFormWithoutAnswersIsShownAgainWithTheReason() {
		Pages pages = Pages.signIn(port, Demo.CASE_MANAGER).inLanguage("ru");
		var form = pages.get(list() + "/new?instrument=NEEDS");

		var again = pages.post("/cases/" + caseId + "/assessments",
				Map.of("instrumentCode", "NEEDS", "assessedOn", LocalDate.now().toString(), "answers[HEALTH_CARE]", ""),
				form);

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html()).contains("Ответьте хотя бы на один вопрос.");
	}

	@Test
	void aChildsInstrumentForAnAdultIsRefusedAtTheTopOfTheList() {
		Pages pages = Pages.signIn(port, Demo.CASE_MANAGER);

		var refused = pages.get(list() + "/new?instrument=BEST_INTERESTS");
		var listed = pages.get(list());

		assertThat(refused.status()).isEqualTo(302);
		assertThat(listed.html()).contains("This assessment is for children only")
				.doesNotContain("id=\"record-BEST_INTERESTS\"").contains("id=\"record-NEEDS\"");
	}

	@Test
	void aReaderSeesTheAssessmentsButNoWayToRecordOne() {
		Pages coordinator = Pages.signIn(port, Demo.COORDINATOR);

		var listed = coordinator.get(list());

		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.html()).contains("Sahifayeva").doesNotContain("id=\"record-RPI\"");
		assertThat(coordinator.get(list() + "/new?instrument=RPI").status()).isEqualTo(403);
	}

	@Test
	void aUserWhoDoesNotReachTheCaseFindsNothing() {
		assertThat(Pages.signIn(port, Demo.COMMUNITY_WORKER).get(list()).status()).isEqualTo(404);
		assertThat(Pages.signIn(port, Demo.JUSTICE_OFFICER).get(list()).status()).isEqualTo(403);
	}
}

package org.homeward.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case manager records a progress index by clicking through the generated form, and sees the trend drawn beside
 * the earlier ones. Screenshots in three languages are kept under target/screenshots for review.
 */
@HomewardTest
class AssessmentBrowserTest extends BrowserTestSupport {

	@Autowired
	DataSource dataSource;

	@Test
	void aCaseManagerRecordsAProgressIndexAndSeesTheTrendDrawn() {
		Http api = new Http(port);
		UUID caseId = new TestCases(api, new JdbcTemplate(dataSource)).open("Grafikova", LocalDate.of(1991, 2, 2));
		Http caseManager = api.as(Demo.CASE_MANAGER);
		String path = "/api/v1/cases/" + caseId + "/assessments";
		Map<String, String> worse = new HashMap<>(AssessmentApiTest.RPI_ANSWERS);
		worse.putAll(Map.of("ECONOMIC_SATISFACTION", "VERY_DISSATISFIED", "HOUSING", "TEMPORARY", "DISTRESS",
				"VERY_OFTEN"));
		caseManager.post(path, AssessmentApiTest.assessment("RPI", LocalDate.now().minusMonths(10), worse));
		caseManager.post(path, AssessmentApiTest.assessment("RPI", LocalDate.now().minusMonths(5),
				AssessmentApiTest.RPI_ANSWERS));
		caseManager.post(path, AssessmentApiTest.assessment("NEEDS", LocalDate.now().minusMonths(11),
				Map.of("HEALTH_CARE", "URGENT_NEED", "LIV_BASIC", "SOME_NEED", "DOC_IDENTITY", "SOME_NEED",
						"COM_ACCEPTANCE", "NO_NEED")));

		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
		browser.open("/cases/" + caseId + "/assessments");
		browser.click(By.id("record-RPI"));
		for (String choice : List.of("ECONOMIC_SATISFACTION-SATISFIED", "FOOD_SECURITY-RARELY", "DEBT-MANAGEABLE",
				"HOUSING-ADEQUATE_SECURE", "HEALTH_CARE-ALWAYS", "SUPPORT_NETWORK-SEVERAL", "BELONGING-MOSTLY")) {
			browser.click(By.id(choice));
		}
		browser.screenshot("assessment-form-en");
		browser.click(By.id("save-assessment"));

		browser.waitForText(By.id("main"), "The assessment was saved.");
		browser.find(By.cssSelector("#rpi-trend svg"));
		assertThat(browser.driver().findElements(By.cssSelector("#rpi-trend-table tbody tr"))).hasSize(3);
		assertThat(browser.driver().findElements(By.cssSelector(".assessment"))).hasSize(4);
		assertThat(((JavascriptExecutor) browser.driver()).executeScript(
				"return document.querySelector('#rpi-trend svg').querySelectorAll('path').length > 4")).isEqualTo(true);
		browser.screenshot("assessments-en", 1366, 2400);

		browser.open("/cases/" + caseId + "/assessments?lang=ru");
		browser.find(By.cssSelector("#rpi-trend svg"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Оценки");
		browser.screenshot("assessments-ru", 1366, 1400);
		browser.open("/cases/" + caseId + "/assessments?lang=uz");
		browser.find(By.cssSelector("#rpi-trend svg"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Baholashlar");
		browser.screenshot("assessments-uz", 1366, 1400);
		browser.open("/cases/" + caseId + "/assessments/new?instrument=NEEDS&lang=uz");
		browser.screenshot("assessment-form-needs-uz", 1366, 1400);
	}
}

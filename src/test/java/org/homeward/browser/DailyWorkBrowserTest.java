package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A working day from the README: the coordinator finds a closure waiting on the home page and approves it; a case
 * manager finds a case by its name in Cyrillic letters and by its number; downloads open in a spreadsheet with what
 * the page showed, and a mahalla's download holds the minimal profile only. In three languages and on a phone.
 */
@HomewardTest
class DailyWorkBrowserTest extends BrowserTestSupport {

	@Test
	void theCoordinatorFindsAClosureWaitingOnTheHomePageAndApprovesIt() {
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		String personId = manager.post("/api/v1/persons", registration(person("Yopilova", "Dilnoza", "1988-08-08",
				regionId(manager, "Tashkent")), List.of())).json().get("id").asString();
		var opened = manager.post("/api/v1/cases", Map.of("personId", personId)).json();
		String caseId = opened.get("id").asString();
		String number = opened.get("number").asString();
		for (String stage : List.of("ASSESSMENT", "REHABILITATION", "REINTEGRATION", "MONITORING")) {
			manager.post("/api/v1/cases/" + caseId + "/stage", Map.of("version", version(manager, caseId), "target",
					stage, "reason", "Progress"));
		}
		manager.post("/api/v1/cases/" + caseId + "/closure-request",
				Map.of("version", version(manager, caseId), "reason", "Stable for a year"));

		browser.signIn(Demo.COORDINATOR, Demo.PASSWORD);
		for (String language : List.of("ru", "uz", "en")) {
			browser.open("/?lang=" + language);
			browser.screenshot("home-coordinator-" + language);
		}
		browser.screenshot("home-coordinator-phone-en", 390, 844);
		assertThat(browser.text(By.id("waiting"))).contains("What waits for you").contains("Closures to decide");
		browser.click(By.cssSelector("li[data-queue='waiting.closures'] a"));
		browser.waitForUrl("closure=true");
		assertThat(browser.text(By.cssSelector("main"))).contains(number);
		browser.click(By.cssSelector("a[href='/cases/" + caseId + "']"));
		browser.waitForText(By.id("closure-pending"), "Stable for a year");
		browser.type(By.id("decision-reason"), "The monitoring visit confirmed it");
		browser.click(By.id("approve-closure"));
		browser.waitForText(By.id("case-stage"), "Closed");
		assertThat(manager.get("/api/v1/cases/" + caseId).json().get("stage").asString()).isEqualTo("CLOSED");
	}

	@Test
	void aCaseManagerFindsACaseByNameInCyrillicAndByNumberAndDownloadsTheList() throws Exception {
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		String personId = manager.post("/api/v1/persons", registration(person("Topilova", "Mohira", "1992-09-19",
				regionId(manager, "Tashkent")), List.of())).json().get("id").asString();
		String number = manager.post("/api/v1/cases", Map.of("personId", personId)).json().get("number").asString();

		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
		browser.open("/cases?lang=ru");
		search("Топилова");
		assertThat(browser.url()).as("the name searched for stands in no address").doesNotContain("%D0%A2")
				.doesNotContain("Топилова");
		assertThat(browser.text(By.cssSelector("main"))).contains("Topilova Mohira").contains(number);
		browser.screenshot("cases-search-ru");
		browser.screenshot("cases-search-phone-ru", 390, 844);

		browser.open("/cases?lang=en");
		String beginning = number.substring(0, number.length() - 2).toLowerCase();
		search(beginning);
		assertThat(browser.text(By.cssSelector("main"))).contains(number).doesNotContain("UZ-TAS-2026-000001 ");

		search("Topilova");
		Path csv = browser.download(By.id("download-csv"));
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("\uFEFFCase number,Name,Age,Date of birth");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith(number + ",Topilova Mohira,").contains("19.09.1992");

		Path xlsx = browser.download(By.id("download-xlsx"));
		try (var in = new FileInputStream(xlsx.toFile()); var workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
		}
	}

	@Test
	void aMahallasDownloadHoldsTheMinimalProfileOnly() throws Exception {
		browser.signIn(Demo.COMMUNITY_WORKER, Demo.PASSWORD);
		browser.open("/?lang=uz");
		browser.screenshot("home-mahalla-uz");
		browser.screenshot("home-mahalla-phone-uz", 390, 844);
		browser.open("/cases?lang=en");
		List<String> lines = new ArrayList<>(Files.readAllLines(browser.download(By.id("download-csv")),
				StandardCharsets.UTF_8));
		assertThat(lines.get(0)).isEqualTo("\uFEFFName,Age,Locality");
		assertThat(String.join("\n", lines)).doesNotContain("UZ-TAS").doesNotContainPattern("\\d{2}\\.\\d{2}\\.\\d{4}");
	}

	/** Types into the one search box and waits for the list the search gives in place of the one before. */
	private void search(String typed) {
		var before = browser.find(By.id("case-table"));
		browser.type(By.id("q"), typed);
		browser.click(By.cssSelector("#caseload-filters button[type=submit]"));
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
	}

	private static int version(Http who, String caseId) {
		return who.get("/api/v1/cases/" + caseId).json().get("version").asInt();
	}
}

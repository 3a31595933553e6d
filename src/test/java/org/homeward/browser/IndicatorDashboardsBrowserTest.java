package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The coordinator's, the analyst's and the Council's dashboards in headless Chromium: the charts are drawn beside
 * their tables, the pages speak the reader's language, and on a 390 px phone nothing scrolls sideways. Screenshots of
 * each, in English, Russian and Uzbek and on the phone, are kept under target/screenshots for people to look at.
 */
@HomewardTest
class IndicatorDashboardsBrowserTest extends BrowserTestSupport {

	@Test
	void theNationalCoordinatorSeesTheCountrysIndicatorsOnTheHomePage() {
		browser.signIn(Demo.COORDINATOR, Demo.PASSWORD);
		for (String language : List.of("en", "ru", "uz")) {
			browser.open("/?lang=" + language);
			browser.find(By.cssSelector("#indicator-RETURNED .indicator-chart svg"));
			assertThat(browser.driver().findElements(By.cssSelector(".indicator-panel"))).hasSize(12);
			assertThat(browser.text(By.cssSelector("#indicator-RETURNED h3"))).isEqualTo(switch (language) {
				case "ru" -> "Возвращённые лица";
				case "uz" -> "Qaytarilgan shaxslar";
				default -> "Returned persons";
			});
			assertThat(browser.driver().getPageSource()).doesNotContain("??reporting.");
			browser.screenshot("dashboard-coordinator-" + language, 1366, 2400);
			phone("dashboard-coordinator-" + language + "-phone");
		}
	}

	@Test
	void aRegionalCoordinatorSeesTheirRegion() {
		browser.signIn(Demo.REGIONAL_COORDINATOR, Demo.PASSWORD);
		browser.open("/?lang=ru");
		assertThat(browser.text(By.cssSelector("#dashboard h2"))).contains("Ферганская область");
		browser.screenshot("dashboard-regional-coordinator-ru", 1366, 1600);
	}

	@Test
	void theAnalystPivotsTheSuppressedFiguresAndFollowsTheTrends() {
		browser.signIn(Demo.ANALYST, Demo.PASSWORD);
		browser.open("/reporting?lang=en");
		browser.find(By.cssSelector("#pivot-chart svg"));
		assertThat(browser.text(By.id("pivot"))).contains("Tashkent");
		browser.choose(By.id("series"), "IN_STAGE:REINTEGRATION");
		browser.choose(By.id("rows"), "AGE");
		browser.choose(By.id("columns"), "QUARTER");
		browser.click(By.cssSelector("#pivot-form button"));
		browser.waitForUrl("columns=QUARTER");
		assertThat(browser.text(By.cssSelector("#pivot caption"))).contains("Persons in each stage");
		assertThat(browser.text(By.cssSelector("#pivot thead"))).contains("-Q");
		assertThat(browser.driver().findElements(By.cssSelector("#trends .indicator-chart svg"))).hasSize(12);
		assertThat(browser.find(By.id("download-xlsx")).getAttribute("href")).contains("download.xlsx");
		browser.screenshot("workspace-analyst-en", 1366, 2600);
		for (String language : List.of("ru", "uz")) {
			browser.open("/reporting?lang=" + language);
			browser.find(By.cssSelector("#pivot-chart svg"));
			assertThat(browser.driver().getPageSource()).doesNotContain("??reporting.");
			browser.screenshot("workspace-analyst-" + language, 1366, 1800);
		}
		phone("workspace-analyst-uz-phone");
	}

	@Test
	void theCouncilComparesTheFiveStatesInItsLanguages() {
		browser.signIn(Demo.SECRETARIAT, Demo.PASSWORD);
		for (String language : List.of("en", "ru", "uz", "kk", "ky", "tg", "tk")) {
			browser.open("/council/indicators?lang=" + language);
			browser.find(By.cssSelector("#states-chart svg"));
			browser.find(By.cssSelector("#implementation-chart svg"));
			assertThat(browser.driver().findElements(By.cssSelector("#states-table tbody tr"))).hasSize(5);
			assertThat(browser.driver().getPageSource()).doesNotContain("??hub.").doesNotContain("??reporting.")
					.doesNotContain("??nav.");
			browser.screenshot("council-comparison-" + language, 1366, 1800);
		}
		browser.open("/council/indicators?lang=en&series=SCHOOL_ENROLMENT:_Z");
		assertThat(browser.text(By.id("illustrative-note"))).contains("illustrative");
		phone("council-comparison-en-phone");
		browser.open("/council/nodes?lang=ru");
		assertThat(browser.text(By.id("nodes"))).contains("HOMEWARD-UZ").contains("DEMO-KZ");
		browser.screenshot("council-nodes-ru", 1366, 1400);
	}

	private void phone(String name) {
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			browser.driver().navigate().refresh();
			long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as(name + " scrolls sideways").isLessThanOrEqualTo(0);
			browser.screenshot(name, 390, 844);
		}
		finally {
			browser.driver().manage().window().setSize(new Dimension(1366, 768));
		}
	}
}

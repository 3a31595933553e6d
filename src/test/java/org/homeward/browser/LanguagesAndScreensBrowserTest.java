package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The pages speak the language the user chose and fit the screen they have: a laptop at 1366×768 and a phone
 * 390 pixels wide. Screenshots of each are kept under target/screenshots for review.
 */
@HomewardTest
class LanguagesAndScreensBrowserTest extends BrowserTestSupport {

	@Test
	void theLanguageChosenStaysForTheWholeSessionInUzbekAndRussian() {
		browser.open("/login?lang=uz");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Kirish");
		browser.screenshot("login-uz");
		browser.signIn(Demo.COORDINATOR, Demo.PASSWORD);

		browser.open("/registry/persons");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("uz");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Shaxslar");
		browser.screenshot("persons-uz");
		browser.click(By.cssSelector("#person-table tbody a"));
		assertThat(browser.text(By.id("main"))).contains("Bu yozuvni kimlar ko'rgan");
		browser.screenshot("person-uz");

		browser.open("/registry/persons?lang=ru");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Лица");
		browser.screenshot("persons-ru");
		browser.click(By.cssSelector("#person-table tbody a"));
		assertThat(browser.text(By.id("main"))).contains("Кто просматривал эту запись");
		browser.screenshot("person-ru-demo");

		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.waitForUrl("/login");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Вход");
		browser.screenshot("login-ru");
	}

	@Test
	void onAPhoneTheNavigationFoldsIntoAMenuAndTheListStaysReadable() {
		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		browser.open("/registry/persons?lang=uz");

		By toggler = By.cssSelector(".navbar-toggler");
		By personsLink = By.cssSelector("#main-nav a[href='/registry/persons']");
		assertThat(browser.find(toggler).isDisplayed()).isTrue();
		assertThat(browser.driver().findElement(personsLink).isDisplayed()).isFalse();
		Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(overflow).as("no sideways scrolling").isLessThanOrEqualTo(0L);
		browser.screenshot("persons-phone-uz", 390, 844);

		browser.click(toggler);
		assertThat(browser.find(personsLink).isDisplayed()).isTrue();
		browser.screenshot("menu-phone-uz", 390, 844);
	}

	@Test
	void theAuditorFiltersTheTrailAndVerifiesTheChain() {
		// the coordinator registers an operation, so that the trail holds a creation of theirs whatever ran before
		new org.homeward.support.Http(port).as(Demo.COORDINATOR).post("/api/v1/operations",
				java.util.Map.of("name", "Audited-1", "operationDate", "2020-01-01", "originCountry", "SY"));
		browser.signIn(Demo.AUDITOR, Demo.PASSWORD);
		browser.open("/audit?lang=en");
		browser.type(By.id("actor"), Demo.COORDINATOR);
		browser.choose(By.id("action"), "CREATE");
		browser.click(By.cssSelector("form[action='/audit'] button"));
		browser.waitForUrl("action=CREATE"); // the filtered page has replaced the unfiltered one
		var actions = browser.driver().findElements(By.cssSelector("#audit-entries tbody td:nth-child(4)"));
		assertThat(actions).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("created"));
		assertThat(browser.driver().findElements(By.cssSelector("#audit-entries tbody td:nth-child(3)")))
				.allSatisfy(cell -> assertThat(cell.getText()).startsWith(Demo.COORDINATOR + " "));
		browser.click(By.id("verify-chain"));
		assertThat(browser.text(By.id("verification"))).startsWith("The audit trail is intact");
		assertThat(browser.driver().findElement(By.cssSelector("#audit-entries tbody tr")).getText())
				.as("the verification is itself recorded, with the auditor's role").contains("verified the trail")
				.contains("Auditor").doesNotContain("??");
		browser.screenshot("audit-en");
	}

	@Test
	void theReintegrationProgressOfADemoCaseIsDrawnAsATrend() {
		var api = new org.homeward.support.Http(port).as(Demo.CASE_MANAGER);
		String caseId = api.get("/api/v1/cases?stage=MONITORING&mine=true&size=1").json().get("items").get(0).get("id")
				.asString();
		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
		browser.open("/cases/" + caseId + "/assessments?lang=en");
		browser.find(By.cssSelector("#rpi-trend svg path"));
		assertThat(browser.driver().findElements(By.cssSelector("#rpi-trend-table tbody tr")).size())
				.as("several index assessments over time").isGreaterThanOrEqualTo(2);
		browser.screenshot("assessments-trend-en");
		browser.open("/cases/" + caseId + "?lang=en");
		browser.screenshot("case-demo-en");
	}
}

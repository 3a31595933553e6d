package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Breaking the glass: a teacher who does not reach a case opens its education section for an emergency, works under
 * a red banner, and the auditor finds the access in the queue and flags it.
 */
@HomewardTest
class EmergencyAccessBrowserTest extends BrowserTestSupport {

	@Test
	void anEmergencyAccessOpensOneSectionUnderABannerAndWaitsForTheAuditor() {
		Http api = new Http(port).as(Demo.CASE_MANAGER);
		String personId = api.post("/api/v1/persons", registration(person("Shoshilova", "Gulnoza",
				LocalDate.now().minusYears(10).toString(), regionId(api, "Tashkent")), List.of())).json().get("id")
				.asString();
		var opened = api.post("/api/v1/cases", Map.of("personId", personId)).json();
		String caseNumber = opened.get("number").asString();

		browser.signIn(Demo.TEACHER, Demo.PASSWORD);
		browser.open("/cases?lang=en");
		browser.click(By.id("emergency-link"));
		assertThat(browser.driver().findElements(By.cssSelector("#section option[value=SECURITY]")))
				.as("security screening is never opened this way").isEmpty();
		browser.type(By.id("caseNumber"), caseNumber.toLowerCase());
		browser.choose(By.id("section"), "EDUCATION");
		browser.type(By.id("reason"), "The school must admit her today and needs her last school records");
		browser.click(By.id("find-case"));
		// the minimal profile, to confirm it is the child meant, before anything opens
		assertThat(browser.text(By.id("emergency-person"))).contains("Shoshilova Gulnoza", caseNumber, "10");
		browser.click(By.id("break-glass"));
		browser.waitForText(By.id("case-name"), "Shoshilova Gulnoza");
		assertThat(browser.text(By.id("emergency-banner"))).contains("Education").doesNotContain("Shoshilova");
		assertThat(browser.driver().findElements(By.cssSelector("[id^=section-]"))).extracting(e -> e.getAttribute("id"))
				.containsExactlyInAnyOrder("section-CORE", "section-EDUCATION");
		browser.screenshot("emergency-teacher-en");
		browser.open("/cases/my-work?lang=ru");
		assertThat(browser.text(By.id("emergency-banner"))).as("on every page while it lasts").isNotBlank();
		browser.click(By.id("user-menu")).click(By.id("sign-out"));

		browser.signIn(Demo.AUDITOR, Demo.PASSWORD);
		browser.open("/audit/emergency-access?lang=uz");
		By grant = By.xpath("//div[starts-with(@id,'grant-')][.//strong[text()='" + caseNumber + "']]");
		assertThat(browser.text(grant)).contains("teacher").contains("The school must admit her today");
		browser.screenshot("emergency-queue-uz");
		browser.find(grant).findElement(By.name("note")).sendKeys("The school could have waited for the case manager");
		browser.find(grant).findElement(By.cssSelector("button[value=FLAGGED]")).click();
		browser.waitForText(By.tagName("main"), "Tekshiruv natijasi qayd etildi");
		assertThat(browser.driver().findElements(grant)).as("no longer waiting").isEmpty();
	}
}

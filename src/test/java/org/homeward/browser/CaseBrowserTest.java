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
import org.homeward.support.Users;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole-of-government case: a case manager opens a case, records the needs assessment, plans an action and
 * gives the health section to a health specialist, who then sees the core profile and the health section only; the
 * coordinator approves the closure the case manager requests.
 */
@HomewardTest
class CaseBrowserTest extends BrowserTestSupport {

	@Test
	void aCaseFromOpeningToClosureAcrossAgencies() {
		Http api = new Http(port).as(Demo.CASE_MANAGER);
		String personId = api.post("/api/v1/persons", registration(person("Rahmonova", "Dilorom", "1993-09-12",
				regionId(api, "Tashkent")), List.of())).json().get("id").asString();

		// The case manager opens the case from the person's record.
		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
		browser.open("/registry/persons/" + personId + "?lang=en");
		browser.click(By.id("case-link"));
		browser.click(By.id("flag-PREGNANCY"));
		browser.click(By.id("open-case"));
		browser.waitForText(By.id("case-name"), "Rahmonova Dilorom");
		String casePath = browser.url().substring(browser.url().indexOf("/cases/")).replaceAll("[#?].*", "");

		// She records the initial needs assessment.
		browser.click(By.id("assessments-link"));
		browser.click(By.id("record-NEEDS"));
		browser.find(By.id("assessment-form"));
		var items = browser.driver().findElements(By.cssSelector("fieldset[data-item]")).stream()
				.map(group -> group.getAttribute("data-item")).toList();
		assertThat(items).isNotEmpty();
		for (String item : items) {
			browser.click(By.id(item + "-SOME_NEED"));
		}
		browser.click(By.id("save-assessment"));
		browser.waitForText(By.id("assessments"),
				LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		assertThat(browser.text(By.id("assessments"))).contains("Medium");

		// She plans an action in the health domain and gives the health section to the health specialist.
		browser.open(casePath + "?lang=en");
		browser.click(By.id("tab-plan"));
		browser.choose(By.id("goal-domain"), "HEALTH");
		browser.type(By.id("goal-description"), "Safe pregnancy and delivery");
		browser.click(By.cssSelector("#add-goal button"));
		browser.waitForText(By.id("plan"), "Safe pregnancy and delivery");
		By newAction = By.cssSelector("#plan input[name=description]");
		browser.type(newAction, "Antenatal visit at the polyclinic");
		browser.date(By.cssSelector("#plan input[name=dueDate]"), LocalDate.now().plusDays(14).toString());
		browser.click(By.cssSelector("#plan form[action$='/plan/actions'] button"));
		browser.waitForText(By.id("plan"), "Antenatal visit at the polyclinic");
		browser.click(By.id("tab-HEALTH"));
		browser.choose(By.id("specialistId-HEALTH"), Users.idOf(port, Demo.HEALTH_SPECIALIST));
		browser.click(By.cssSelector("#assign-HEALTH button"));
		browser.waitForText(By.id("specialist-HEALTH"), "Nilufar Khasanova");
		browser.screenshot("case-case-manager-en");

		// The specialist sees the core profile and the health section, nothing else.
		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.signIn(Demo.HEALTH_SPECIALIST, Demo.PASSWORD);
		browser.open("/cases/my-work?lang=ru");
		browser.click(By.linkText("Rahmonova Dilorom"));
		browser.waitForText(By.id("case-name"), "Rahmonova Dilorom");
		var shown = browser.driver().findElements(By.cssSelector("[id^=section-]")).stream()
				.map(e -> e.getAttribute("id")).toList();
		assertThat(shown).containsExactly("section-CORE", "section-HEALTH");
		// the assessments link stays: a specialist reads the items of their own domain, nothing of the others
		assertThat(browser.driver().getPageSource()).doesNotContain("section-LEGAL").doesNotContain("section-SECURITY");
		browser.screenshot("case-health-specialist-ru");
		browser.click(By.id("edit-HEALTH"));
		browser.find(By.id("section-form"));
		browser.choose(By.id("field.generalCondition"), "FAIR");
		browser.click(By.id("save-section"));
		browser.waitForText(By.id("section-HEALTH"), "Удовлетворительное");

		// The case moves on (stages are the case manager's), she asks to close it, and the coordinator approves.
		for (String stage : List.of("ASSESSMENT", "REHABILITATION", "REINTEGRATION", "MONITORING")) {
			int version = api.get("/api/v1" + casePath).json().get("version").asInt();
			assertThat(api.post("/api/v1" + casePath + "/stage", Map.of("version", version, "target", stage,
					"reason", "Progress")).status()).isEqualTo(200);
		}
		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
		browser.open(casePath + "?lang=en");
		browser.type(By.id("closure-reason"), "Healthy baby, stable family, work found");
		browser.click(By.cssSelector("#request-closure button"));
		browser.waitForText(By.id("closure-pending"), "Closure requested by casemanager");

		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.signIn(Demo.COORDINATOR, Demo.PASSWORD);
		browser.open(casePath + "?lang=uz");
		browser.screenshot("case-coordinator-uz");
		browser.type(By.id("decision-reason"), "Monitoring visit confirmed it");
		browser.click(By.id("approve-closure"));
		browser.waitForText(By.id("case-stage"), "Yopilgan");
		assertThat(api.get("/api/v1" + casePath).json().get("stage").asString()).isEqualTo("CLOSED");
		assertThat(browser.text(By.id("stage-history"))).contains(Demo.COORDINATOR).contains("Monitoring visit confirmed it");
	}
}

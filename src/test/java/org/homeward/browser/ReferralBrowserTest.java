package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.support.Browser;
import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A child's way to her mahalla mentor: the case manager records the guardian's consent and refers the girl; the
 * mahalla volunteer sees her name, age, locality and the task, nothing more, and records a visit; when the
 * guardian withdraws the consent, the volunteer's next page load is refused.
 */
@HomewardTest
class ReferralBrowserTest extends BrowserTestSupport {

	static final String MAHALLA = "Navbahor mahalla committee";

	@Test
	void aGuardiansConsentOpensTheMahallaTaskAndItsWithdrawalClosesIt() {
		Http api = new Http(port).as(Demo.CASE_MANAGER);
		String birthDate = LocalDate.now().minusYears(9).minusDays(40).toString();
		String personId = api.post("/api/v1/persons", registration(person("Yoldosheva", "Oygul", birthDate,
				regionId(api, "Tashkent")), List.of())).json().get("id").asString();
		String caseId = api.post("/api/v1/cases", Map.of("personId", personId)).json().get("id").asString();
		assertThat(api.put("/api/v1/cases/" + caseId + "/sections/FAMILY", Map.of("version", 0, "fields",
				Map.of("familyRelations", "Mother detained abroad; lives with her aunt"))).status()).isEqualTo(200);
		String mahallaId = api.get("/api/v1/services").json().valueStream()
				.filter(s -> s.get("code").asString().equals("MENTORING")).flatMap(s -> s.get("providers").valueStream())
				.filter(o -> o.get("name").asString().equals(MAHALLA)).findFirst().orElseThrow().get("id").asString();

		// The case manager records the aunt's consent, with what the girl herself said, and refers her.
		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
		browser.open("/cases/" + caseId + "?lang=en");
		browser.click(By.id("referrals-link"));
		browser.click(By.cssSelector("#record-consent summary"));
		browser.choose(By.id("givenBy"), "GUARDIAN");
		browser.type(By.id("guardianName"), "Her aunt, Malika");
		browser.type(By.id("childView"), "She would like an older girl to help her with homework");
		browser.click(By.id("type-LOCAL_COMMUNITY"));
		browser.click(By.id("purpose-MENTORING"));
		browser.click(By.id("save-consent"));
		browser.waitForText(By.tagName("main"), "Her aunt, Malika");

		browser.choose(By.id("serviceCode"), "MENTORING");
		assertThat(browser.driver().findElements(By.cssSelector("#toOrganizationId option:enabled")))
				.as("only those who provide mentoring").allMatch(o -> "MENTORING".equals(o.getAttribute("data-by")));
		browser.click(By.cssSelector("#toOrganizationId option[data-by=MENTORING][value='" + mahallaId + "']"));
		browser.type(By.id("task"), "Weekly homework help and a visit to the family");
		browser.click(By.id("send-referral"));
		browser.waitForText(By.tagName("main"), "Weekly homework help and a visit to the family");
		assertThat(browser.text(By.cssSelector(".referral-status"))).isEqualTo("Requested");
		browser.screenshot("referrals-case-manager-en");

		// The mahalla volunteer, in her own language, finds the girl among her tasks.
		try (Browser mahalla = new Browser(port)) {
			mahalla.signIn(Demo.COMMUNITY_WORKER, Demo.PASSWORD);
			mahalla.open("/community?lang=uz");
			mahalla.click(By.partialLinkText("Yoldosheva Oygul"));
			mahalla.waitForText(By.id("task-person"), "Yoldosheva Oygul");
			String taskUrl = mahalla.url();
			assertThat(mahalla.text(By.id("task-text"))).isEqualTo("Weekly homework help and a visit to the family");
			assertThat(mahalla.text(By.id("task-profile"))).contains("9");
			String page = mahalla.driver().getPageSource();
			assertThat(page).as("only the minimal profile and the task").doesNotContain(birthDate)
					.doesNotContain("detained abroad").doesNotContain("Her aunt").doesNotContain("RETURNEE")
					.doesNotContain("Qaytarilgan");

			mahalla.click(By.id("move-ACCEPTED"));
			mahalla.click(By.id("move-IN_PROGRESS"));
			mahalla.choose(By.id("activity"), "MENTORING_VISIT");
			mahalla.type(By.id("notes"), "Did her maths homework together; she smiled a lot");
			mahalla.click(By.id("save-activity"));
			mahalla.waitForText(By.id("task-log"), "Did her maths homework together");
			mahalla.screenshot("task-mahalla-uz");
			mahalla.screenshot("task-mahalla-uz-phone", 390, 844);

			// The aunt withdraws her consent; the case manager records it.
			String consentId = api.get("/api/v1/cases/" + caseId + "/consents").json().get(0).get("id").asString();
			browser.open("/cases/" + caseId + "/referrals?lang=ru");
			String referralId = api.get("/api/v1/cases/" + caseId + "/referrals").json().get(0).get("id").asString();
			assertThat(browser.text(By.id("deliveries-" + referralId))).as("the visit, on the case")
					.contains("Did her maths homework together");
			browser.type(By.id("withdraw-reason-" + consentId), "Тётя решила заниматься с девочкой сама");
			browser.click(By.cssSelector("#withdraw-" + consentId + " button"));
			browser.waitForText(By.cssSelector(".referral-status"), "Приостановлено");
			browser.screenshot("referrals-withdrawn-ru");

			// The volunteer's next page load is refused, and the girl is gone from her tasks.
			mahalla.open(taskUrl.replaceAll("^https?://[^/]+", ""));
			assertThat(mahalla.text(By.tagName("h1"))).isEqualTo("Topilmadi");
			assertThat(mahalla.driver().getPageSource()).doesNotContain("Yoldosheva");
			mahalla.open("/community");
			assertThat(mahalla.text(By.tagName("main"))).doesNotContain("Yoldosheva");
		}
	}
}

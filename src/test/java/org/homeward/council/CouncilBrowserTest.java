package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.homeward.organizations.Organizations;
import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A meeting from start to follow-up, as the people involved click through it: the secretariat schedules it with two
 * parallel breakout sessions and invites UNOCT; UNOCT's expert accepts and registers; the secretariat records
 * attendance and minutes and adopts a recommendation addressed to UNOCT; the expert reports progress on it.
 */
@HomewardTest
class CouncilBrowserTest extends BrowserTestSupport {

	@Autowired
	Organizations organizations;

	@Test
	void aMeetingFromInvitationToTheFollowUpOfItsRecommendation() {
		String unoct = CouncilFixtures.organization(organizations, "UNOCT").toString();
		String today = LocalDate.now().toString();

		// The secretariat schedules the meeting.
		browser.signIn(Demo.SECRETARIAT, Demo.PASSWORD);
		browser.open("/council/meetings?lang=en");
		browser.click(By.id("new-meeting"));
		browser.type(By.id("meeting.title"), "Browser meeting on returning children");
		browser.date(By.id("meeting.startsOn"), today);
		browser.date(By.id("meeting.endsOn"), today);
		browser.type(By.id("meeting.city"), "Bishkek");
		browser.choose(By.id("meeting.hostCountry"), "KG");
		browser.choose(By.id("meeting.status"), "ANNOUNCED");
		browser.choose(By.id("meeting.timeZone"), "Asia/Bishkek");
		browser.click(By.id("save-meeting"));
		browser.waitForText(By.id("meeting-title"), "Browser meeting on returning children");
		String meetingPath = browser.url().replaceAll("^https?://[^/]+", "").replaceAll("[#?].*", "");

		// Its programme: an opening, then two breakout sessions side by side.
		addItem("OPENING_CEREMONY", "Opening of the meeting", 1, "09:00", "09:30", null);
		addItem("BREAKOUT_SESSION", "Breakout on schooling", 2, "10:00", "12:00", "Room A");
		addItem("BREAKOUT_SESSION", "Breakout on family care", 2, "10:00", "12:00", "Room B");
		browser.open(meetingPath + "?lang=en");
		browser.waitForText(By.id("timetable"), "2 sessions in parallel");
		WebElement schooling = card("Breakout on schooling");
		WebElement family = card("Breakout on family care");
		assertThat(schooling.getLocation().getY()).as("side by side").isEqualTo(family.getLocation().getY());
		assertThat(schooling.getLocation().getX()).isNotEqualTo(family.getLocation().getX());
		browser.screenshot("council-programme-secretariat-en");
		browser.screenshot("council-programme-secretariat-en-phone", 390, 844);

		// It invites UNOCT.
		browser.click(By.id("tab-participants"));
		browser.choose(By.id("invite-organization"), unoct);
		browser.click(By.id("send-invitation"));
		browser.waitForText(By.id("invitations"), "United Nations Office of Counter-Terrorism (UNOCT)");
		assertThat(browser.text(By.id("invitations"))).contains("Awaiting answer");
		signOut();

		// UNOCT's expert sees the invitation, accepts and registers, in Russian.
		browser.signIn(Demo.EXPERT, Demo.PASSWORD);
		browser.open("/council/meetings?lang=ru");
		browser.waitForText(By.id("pending-invitations"), "Browser meeting on returning children");
		browser.screenshot("council-meetings-expert-ru");
		browser.click(By.linkText("Browser meeting on returning children"));
		browser.click(By.id("accept"));
		browser.waitForText(By.id("invitations"), "Принято");
		browser.type(By.id("participant.position"), "Programme officer");
		browser.type(By.id("participant.email"), "d.seitkali@example.org");
		browser.click(By.id("participant.consentToPublish1"));
		browser.click(By.id("register-submit"));
		browser.waitForText(By.id("my-registrations"), "Daniyar Seitkali");
		browser.waitForText(By.id("delegations"), "Daniyar Seitkali");
		browser.screenshot("council-participants-expert-ru");
		browser.screenshot("council-participants-expert-ru-phone", 390, 844);
		signOut();

		// The secretariat records attendance and the minutes of a breakout session, in Uzbek.
		browser.signIn(Demo.SECRETARIAT, Demo.PASSWORD);
		browser.open(meetingPath + "/participants?lang=uz");
		WebElement row = browser.find(By.xpath("//tr[.//a[contains(., 'Daniyar Seitkali')]]"));
		String attendance = row.findElement(By.cssSelector("select[id^=attendance-]")).getAttribute("id");
		browser.choose(By.id(attendance), "PRESENT");
		browser.click(By.id("save-attendance"));
		browser.waitForText(By.cssSelector(".alert-success"), "Qatnashuv saqlandi");
		assertThat(new Select(browser.find(By.id(attendance))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("PRESENT");
		assertThat(browser.text(By.id("delegations"))).contains("d.seitkali@example.org");
		browser.screenshot("council-participants-secretariat-uz");

		browser.click(By.id("tab-minutes"));
		WebElement minutes = browser.find(By.xpath("//article[.//h3[contains(., 'Breakout on schooling')]]"));
		String textarea = minutes.findElement(By.tagName("textarea")).getAttribute("id");
		browser.type(By.id(textarea), "Participants compared school enrolment procedures for returned children.");
		browser.click(By.id("save-" + textarea.replace("minutes-text-", "minutes-")));
		browser.waitForText(By.cssSelector(".alert-success"), "Bayonnoma yangi tahrir sifatida saqlandi");
		assertThat(browser.text(By.id(textarea.replace("minutes-text-", "minutes-"))))
				.contains("1-tahrir");
		browser.screenshot("council-minutes-secretariat-uz");

		// It shares the presentation of the breakout session with those taking part.
		browser.click(By.id("tab-materials"));
		browser.type(By.id("title"), "Presentation on school enrolment");
		browser.choose(By.id("visibility"), "PARTICIPANTS");
		browser.find(By.id("material-file")).sendKeys(presentation().toString());
		browser.click(By.cssSelector("#material-form button[type=submit]"));
		browser.waitForText(By.id("materials"), "school-enrolment.pdf");

		// It records the recommendation the meeting adopted, addressed to UNOCT.
		browser.open(meetingPath + "/recommendations?lang=en");
		browser.type(By.id("text"), "Share school enrolment guidance for returned children with every member state.");
		browser.choose(By.id("theme"), "EDUCATION");
		browser.date(By.id("dueOn"), LocalDate.now().plusMonths(6).toString());
		new Select(browser.find(By.id("organizationIds"))).selectByValue(unoct);
		browser.click(By.id("adopt-submit"));
		browser.waitForText(By.id("recommendation-code"), "Recommendation R1");
		String recommendationPath = browser.url().replaceAll("^https?://[^/]+", "").replaceAll("[#?].*", "");
		assertThat(browser.text(By.id("recommendation-text"))).contains("Share school enrolment guidance");
		browser.screenshot("council-recommendation-secretariat-en");
		signOut();

		// UNOCT's expert finds the presentation and reports progress on the recommendation.
		browser.signIn(Demo.EXPERT, Demo.PASSWORD);
		browser.open(meetingPath + "/materials?lang=en");
		browser.waitForText(By.id("materials"), "Presentation on school enrolment");
		browser.open("/council/recommendations?lang=en");
		browser.waitForText(By.id("tracker"), "Share school enrolment guidance");
		browser.open(recommendationPath + "?lang=en");
		WebElement form = browser.find(By.cssSelector("form[action$='/reports/attachments']"));
		String addressee = form.getAttribute("action").replaceAll(".*/addressees/([^/]+)/.*", "$1");
		browser.type(By.id("report-text-" + addressee), "Guidance drafted with UNICEF and shared with two states.");
		browser.type(By.id("evidence-" + addressee), "Draft guidance, version 1");
		browser.choose(By.id("proposed-" + addressee), "IN_PROGRESS");
		browser.click(By.id("submit-report-" + addressee));
		browser.waitForText(By.cssSelector(".alert-success"), "The report was submitted");
		browser.waitForText(By.id("addressee-" + addressee), "Guidance drafted with UNICEF");
		assertThat(browser.text(By.id("addressee-" + addressee))).contains("Awaiting review");
		browser.screenshot("council-report-expert-en");
		browser.screenshot("council-report-expert-en-phone", 390, 844);
		signOut();

		// The secretariat accepts it, and the status it reports becomes UNOCT's.
		browser.signIn(Demo.SECRETARIAT, Demo.PASSWORD);
		browser.open(recommendationPath + "?lang=en");
		browser.click(By.cssSelector("[id^=accept-report-]"));
		browser.waitForText(By.cssSelector(".alert-success"), "The report was accepted");
		assertThat(browser.text(By.id("addressee-" + addressee))).contains("In progress")
				.contains("Not started → In progress");
	}

	private void addItem(String kind, String title, int slot, String from, String to, String room) {
		browser.click(By.id("add-item"));
		browser.choose(By.id("item.kind"), kind);
		browser.type(By.id("item.title"), title);
		browser.type(By.id("item.slot"), String.valueOf(slot));
		browser.date(By.id("item.startsAt"), from);
		browser.date(By.id("item.endsAt"), to);
		if (room != null) {
			browser.type(By.id("item.room"), room);
		}
		browser.click(By.id("save-item"));
		browser.waitForText(By.id("timetable"), title);
	}

	private WebElement card(String title) {
		return browser.find(By.xpath("//article[contains(@class, 'agenda-item')][.//*[contains(., '" + title + "')]]"));
	}

	/** A small PDF file to upload, as a person would pick one from their disk. */
	private static java.nio.file.Path presentation() {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempDirectory("council").resolve("school-enrolment.pdf");
			java.nio.file.Files.writeString(file, "%PDF-1.4\n% a presentation\n%%EOF\n");
			return file;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private void signOut() {
		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.waitForUrl("/login");
	}

}

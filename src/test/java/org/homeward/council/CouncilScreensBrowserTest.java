package org.homeward.council;

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
 * The Council's pages in the three languages, on a laptop and on a 390 px phone: every page opens, says nothing in
 * the fallback key form, and never scrolls sideways on the phone. The screenshots are for people to look at.
 */
@HomewardTest
class CouncilScreensBrowserTest extends BrowserTestSupport {

	@Test
	void thePagesOfTheCouncilFitAPhoneInEveryLanguage() {
		browser.signIn(Demo.SECRETARIAT, Demo.PASSWORD);
		browser.open("/council/meetings?lang=en");
		browser.click(By.linkText(SeedMeetingTest.TITLE));
		String first = browser.url().replaceAll("^https?://[^/]+", "").replaceAll("[#?].*", "");
		List<String> pages = List.of(first, first + "/participants", first + "/minutes", first + "/materials",
				first + "/recommendations", "/council/meetings", "/council/recommendations", "/council/practices",
				"/council/reference", "/council/meetings/new", "/council/practices/new", first + "/agenda/new");
		for (String language : List.of("en", "ru", "uz")) {
			for (String page : pages) {
				check(page, language);
			}
		}
		browser.open(first + "?lang=uz");
		browser.screenshot("council-first-meeting-secretariat-uz");
		browser.screenshot("council-first-meeting-secretariat-uz-phone", 390, 844);
		browser.open("/council/recommendations?lang=ru");
		browser.screenshot("council-tracker-secretariat-ru");
		browser.screenshot("council-tracker-secretariat-ru-phone", 390, 844);
		browser.open("/council/practices?lang=uz&q=reintegratsiya");
		browser.screenshot("council-practices-secretariat-uz");
		browser.open("/council/reference?lang=en");
		browser.screenshot("council-reference-secretariat-en");
		browser.open(first + "?lang=ru");
		browser.click(By.cssSelector("a[href*='/agenda/'][href$='/edit']"));
		browser.screenshot("council-agenda-item-form-secretariat-ru");
	}

	private void check(String page, String language) {
		browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
			String source = browser.driver().getPageSource();
			assertThat(source).as(page + " " + language).doesNotContain("??council.").doesNotContain("??nav.")
					.doesNotContain("Whitelabel");
			long overflow = (Long) ((JavascriptExecutor) browser.driver()).executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as(page + " " + language + " scrolls sideways on a phone").isLessThanOrEqualTo(0);
		}
		finally {
			browser.driver().manage().window().setSize(new Dimension(1366, 768));
		}
	}
}

package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Help in the application: every page links to its part of the user guide, which is shown in the reader's language;
 * schools, mahallas and civil-society organisations read their own guide in the plain words of their pages.
 */
@HomewardTest
class HelpTest {

	@LocalServerPort
	int port;

	@Test
	void aPageLinksToItsPartOfTheGuideAndTheGuideHasThatPart() {
		Pages manager = Pages.signIn(port, Demo.CASE_MANAGER);
		String caseload = manager.get("/cases/my-work").html();
		assertThat(caseload).contains("href=\"/help#cases\"");
		String guide = manager.get("/help").html();
		assertThat(guide).contains("id=\"cases\"").contains("id=\"case-page\"").contains("One case per person")
				.contains("<table class=\"table table-sm table-bordered\">");
		assertThat(guide).as("the guide's own HTML is never run").doesNotContain("<!--");
	}

	@Test
	void theGuideIsInTheReadersLanguage() {
		String russian = Pages.signIn(port, Demo.CASE_MANAGER).inLanguage("ru").get("/help").html();
		assertThat(russian).contains("Один случай на человека");
		String uzbek = Pages.signIn(port, Demo.CASE_MANAGER).inLanguage("uz").get("/help").html();
		assertThat(uzbek).contains("Har bir shaxsga bitta keys");
	}

	@Test
	void schoolsAndMahallasReadTheirOwnGuideInPlainWords() {
		for (String user : new String[] { Demo.TEACHER, Demo.COMMUNITY_WORKER }) {
			String english = Pages.signIn(port, user).get("/help").html();
			assertThat(english).contains("id=\"community\"").contains("Tasks").doesNotContainIgnoringCase("returnee")
					.doesNotContainIgnoringCase("rehabilitation");
			String russian = Pages.signIn(port, user).inLanguage("ru").get("/help").html();
			assertThat(russian).contains("Задачи").doesNotContain("реабилит");
		}
		assertThat(Pages.signIn(port, Demo.COMMUNITY_WORKER).get("/community").html())
				.contains("href=\"/help#community\"");
	}
}

package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.council.CouncilFixtures.addItem;
import static org.homeward.council.CouncilFixtures.invite;
import static org.homeward.council.CouncilFixtures.item;
import static org.homeward.council.CouncilFixtures.organization;
import static org.homeward.council.CouncilFixtures.respond;
import static org.homeward.council.CouncilFixtures.scheduleMeeting;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.homeward.organizations.Organizations;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Minutes kept in revisions (a save on an old revision is refused, nothing is overwritten), the outcome document, the
 * two as PDF in the reader's language, and materials shown by their visibility.
 */
@HomewardTest
class MeetingRecordsTest {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Test
	void everySaveOfTheMinutesIsANewRevisionAndAStaleOneIsRefused() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		String meeting = scheduleMeeting(secretariat, "Meeting with minutes", LocalDate.now().minusDays(1));
		invite(secretariat, meeting, organization(organizations, "UNOCT"));
		String plenary = addItem(secretariat, meeting, item("PLENARY", "Plenary", 1, "10:00", "12:00"));
		String minutes = "/api/v1/council/meetings/" + meeting + "/agenda/" + plenary + "/minutes";

		JsonNode first = secretariat.put(minutes, Map.of("baseRevision", 0, "text", "Draft: the chair opened.")).json();
		assertThat(first.get("revision").asInt()).isEqualTo(1);
		JsonNode second = secretariat.put(minutes, Map.of("baseRevision", 1,
				"text", "The chair opened the plenary; delegations reported.")).json();
		assertThat(second.get("revision").asInt()).isEqualTo(2);

		var stale = secretariat.put(minutes, Map.of("baseRevision", 1, "text", "Written on revision 1"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(2);

		JsonNode revisions = secretariat.get(minutes + "/revisions").json();
		assertThat(revisions.size()).isEqualTo(2);
		assertThat(revisions.get(0).get("text").asString()).isEqualTo("The chair opened the plenary; delegations reported.");
		assertThat(revisions.get(1).get("text").asString()).isEqualTo("Draft: the chair opened.");
		assertThat(revisions.get(1).get("writtenBy").asString()).isEqualTo(Demo.SECRETARIAT);

		JsonNode current = expert.get("/api/v1/council/meetings/" + meeting + "/minutes").json();
		assertThat(current.get(plenary).get("text").asString()).contains("delegations reported");
		assertThat(expert.get(minutes + "/revisions").status()).isEqualTo(403);
		assertThat(expert.put(minutes, Map.of("baseRevision", 2, "text", "Expert's version")).status()).isEqualTo(403);

		// On the page, a stale save keeps the secretary's text and shows the saved one.
		Pages pages = Pages.signIn(port, Demo.SECRETARIAT);
		var page = pages.get("/council/meetings/" + meeting + "/minutes");
		var conflict = pages.post("/council/meetings/" + meeting + "/agenda/" + plenary + "/minutes",
				Map.of("baseRevision", "1", "text", "My text written on revision one"), page);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("My text written on revision one").contains("delegations reported");
		assertThat(secretariat.get(minutes + "/revisions").json().size()).isEqualTo(2);
	}

	@Test
	void theMinutesAndTheOutcomeDocumentComeAsPdfInTheReadersLanguage() throws IOException {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		String meeting = scheduleMeeting(secretariat, "Meeting with an outcome", LocalDate.now().minusDays(2));
		respond(expert, invite(secretariat, meeting, organization(organizations, "UNOCT")), "ACCEPTED");
		String plenary = addItem(secretariat, meeting, item("PLENARY", "Итоговое пленарное заседание", 1, null, null));
		secretariat.put("/api/v1/council/meetings/" + meeting + "/agenda/" + plenary + "/minutes",
				Map.of("baseRevision", 0, "text", "Делегации обменялись опытом реинтеграции."));
		assertThat(secretariat.put("/api/v1/council/meetings/" + meeting + "/outcome", Map.of("version", 0,
				"title", "Tashkent communique", "text", "The Council agreed to meet again.", "adoptedOn",
				LocalDate.now().minusDays(2).toString())).status()).isEqualTo(200);
		var secondCreation = secretariat.put("/api/v1/council/meetings/" + meeting + "/outcome", Map.of("version", 0,
				"title", "Stale communique", "text", "Overwrite", "adoptedOn", LocalDate.now().toString()));
		assertThat(secondCreation.status()).as("a second creation does not overwrite the first").isEqualTo(409);
		assertThat(secretariat.put("/api/v1/council/meetings/" + meeting + "/outcome", Map.of("version", 1,
				"title", "Tashkent communique", "text", "The Council agreed to meet again.", "adoptedOn",
				LocalDate.now().minusDays(2).toString())).json().get("version").asInt()).isEqualTo(2);

		var minutes = expert.inLanguage("ru").getBytes("/api/v1/council/meetings/" + meeting + "/minutes.pdf");
		assertThat(minutes.statusCode()).isEqualTo(200);
		String minutesText = text(minutes.body());
		assertThat(minutesText).contains("Итоговое пленарное заседание").contains("реинтеграции").contains("Протокол");

		var outcome = expert.getBytes("/api/v1/council/meetings/" + meeting + "/outcome.pdf");
		assertThat(outcome.statusCode()).isEqualTo(200);
		assertThat(text(outcome.body())).contains("Tashkent communique").contains("The Council agreed to meet again.");
		assertThat(Pages.signIn(port, Demo.EXPERT).get("/council/meetings/" + meeting + "/minutes").html())
				.contains("The Council agreed to meet again.");
	}

	@Test
	void materialsAreShownOnlyToThoseTheirVisibilityAllows() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		String meeting = scheduleMeeting(secretariat, "Meeting with materials", LocalDate.now().plusDays(12));
		JsonNode invitation = invite(secretariat, meeting, organization(organizations, "UNOCT"));
		for (String visibility : new String[] { "PUBLIC", "PARTICIPANTS", "SECRETARIAT" }) {
			assertThat(secretariat.post("/api/v1/council/meetings/" + meeting + "/materials", Map.of("title",
					visibility + " material", "visibility", visibility, "link", "https://example.org/" + visibility))
					.status()).isEqualTo(201);
		}
		assertThat(secretariat.post("/api/v1/council/meetings/" + meeting + "/materials", Map.of("title", "Bad link",
				"visibility", "PUBLIC", "link", "javascript:alert(1)")).status()).isEqualTo(400);

		assertThat(expert.get("/api/v1/council/meetings/" + meeting + "/materials").text())
				.contains("PUBLIC material").doesNotContain("PARTICIPANTS material").doesNotContain("SECRETARIAT material");
		respond(expert, invitation, "ACCEPTED");
		assertThat(expert.get("/api/v1/council/meetings/" + meeting + "/materials").text())
				.contains("PUBLIC material").contains("PARTICIPANTS material").doesNotContain("SECRETARIAT material");
		assertThat(secretariat.get("/api/v1/council/meetings/" + meeting + "/materials").text())
				.contains("SECRETARIAT material");
	}

	private static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}
}

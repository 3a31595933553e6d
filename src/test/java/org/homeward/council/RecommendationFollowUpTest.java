package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.homeward.council.CouncilFixtures.noticesAbout;
import static org.homeward.council.CouncilFixtures.organization;
import static org.homeward.council.CouncilFixtures.scheduleMeeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A recommendation's life: adopted and addressed to a state and an organisation; each addressee's status with its
 * history; progress reports written only by the addressee's members and reviewed once by the secretariat; the
 * tracker by state, theme, status and overdue; and the follow-up list on the next meeting's agenda.
 */
@HomewardTest
class RecommendationFollowUpTest {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Test
	void eachAddresseeHasItsOwnStatusWithAHistoryOfEveryChange() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		Http delegate = new Http(port).as(CouncilFixtures.DELEGATE);
		String meeting = scheduleMeeting(secretariat, "Meeting adopting R1", LocalDate.now().minusMonths(6));
		UUID unoct = organization(organizations, "UNOCT");
		JsonNode adopted = adopt(secretariat, meeting, "Train the case managers of every region.",
				LocalDate.now().minusDays(1), List.of("UZ", "KZ"), List.of(unoct));
		String id = adopted.get("id").asString();
		assertThat(adopted.get("addressees").size()).isEqualTo(3);
		JsonNode uzbekistan = addressee(adopted, "UZ");
		JsonNode ofUnoct = addressee(adopted, "UNOCT");
		assertThat(uzbekistan.get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(uzbekistan.get("overdue").asBoolean()).isTrue();
		// The addressees' members are told: Uzbekistan's delegate (of ISRS) and UNOCT's expert.
		await().untilAsserted(() -> {
			assertThat(noticesAbout(delegate, id)).containsExactly("COUNCIL_RECOMMENDATION_ADDRESSED");
			assertThat(noticesAbout(expert, id)).containsExactly("COUNCIL_RECOMMENDATION_ADDRESSED");
		});

		// Only the addressee's members report: UNOCT's expert on UNOCT, Uzbekistan's delegate on Uzbekistan.
		assertThat(report(expert, uzbekistan, "IN_PROGRESS").status()).isEqualTo(403);
		assertThat(report(secretariat, uzbekistan, "IN_PROGRESS").status()).isEqualTo(403);
		var fromUnoct = report(expert, ofUnoct, "IN_PROGRESS");
		assertThat(fromUnoct.status()).isEqualTo(201);
		var fromUzbekistan = report(delegate, uzbekistan, "IMPLEMENTED");
		assertThat(fromUzbekistan.status()).isEqualTo(201);
		String report = fromUzbekistan.json().get("id").asString();
		assertThat(fromUzbekistan.json().get("review").asString()).isEqualTo("SUBMITTED");
		// The secretariat is told that reports wait for its review; the reporters are not.
		await().untilAsserted(() -> assertThat(noticesAbout(secretariat, id))
				.containsExactly("COUNCIL_PROGRESS_REPORTED", "COUNCIL_PROGRESS_REPORTED"));
		assertThat(noticesAbout(delegate, id)).doesNotContain("COUNCIL_PROGRESS_REPORTED");

		// The report waits for the secretariat; accepting it sets the status it reports.
		assertThat(addressee(secretariat.get("/api/v1/council/recommendations/" + id).json(), "UZ").get("status")
				.asString()).isEqualTo("NOT_STARTED");
		assertThat(delegate.post("/api/v1/council/reports/" + report + "/review", Map.of("accept", true)).status())
				.isEqualTo(403);
		JsonNode reviewed = secretariat.post("/api/v1/council/reports/" + report + "/review",
				Map.of("accept", true, "note", "Confirmed")).json();
		JsonNode after = addressee(reviewed, "UZ");
		assertThat(after.get("status").asString()).isEqualTo("IMPLEMENTED");
		assertThat(after.get("overdue").asBoolean()).isFalse();
		assertThat(secretariat.post("/api/v1/council/reports/" + report + "/review", Map.of("accept", false)).status())
				.isEqualTo(422);
		// A returned report keeps the addressee's status; each author is told how their report was reviewed.
		String unoctReport = fromUnoct.json().get("id").asString();
		JsonNode returned = secretariat.post("/api/v1/council/reports/" + unoctReport + "/review",
				Map.of("accept", false, "note", "Please attach the training plan")).json();
		assertThat(addressee(returned, "UNOCT").get("status").asString()).isEqualTo("NOT_STARTED");
		await().untilAsserted(() -> {
			assertThat(noticesAbout(delegate, id)).containsExactly("COUNCIL_REPORT_ACCEPTED",
					"COUNCIL_RECOMMENDATION_ADDRESSED");
			assertThat(noticesAbout(expert, id)).containsExactly("COUNCIL_REPORT_RETURNED",
					"COUNCIL_RECOMMENDATION_ADDRESSED");
		});

		// The secretariat changes a status directly, saying why, on the version it read.
		JsonNode kazakhstan = addressee(reviewed, "KZ");
		assertThat(secretariat.put("/api/v1/council/addressees/" + kazakhstan.get("id").asString() + "/status",
				Map.of("version", kazakhstan.get("version").asInt(), "status", "IN_PROGRESS", "note", "Oral report"))
				.status()).isEqualTo(200);
		assertThat(secretariat.put("/api/v1/council/addressees/" + kazakhstan.get("id").asString() + "/status",
				Map.of("version", kazakhstan.get("version").asInt(), "status", "NOT_APPLICABLE", "note", "Stale"))
				.status()).isEqualTo(409);
		assertThat(expert.put("/api/v1/council/addressees/" + ofUnoct.get("id").asString() + "/status",
				Map.of("version", 0, "status", "IMPLEMENTED", "note", "Self-certified")).status()).isEqualTo(403);

		JsonNode now = secretariat.get("/api/v1/council/recommendations/" + id).json();
		List<String> uzHistory = history(addressee(now, "UZ"));
		assertThat(uzHistory).containsExactly("null>NOT_STARTED", "NOT_STARTED>IMPLEMENTED");
		assertThat(addressee(now, "UZ").get("history").get(1).get("reportId").asString()).isEqualTo(report);
		assertThat(history(addressee(now, "KZ"))).containsExactly("null>NOT_STARTED", "NOT_STARTED>IN_PROGRESS");
		assertThat(addressee(now, "KZ").get("history").get(1).get("note").asString()).isEqualTo("Oral report");

		// The expert sees UNOCT's reports, not Uzbekistan's.
		JsonNode seenByExpert = expert.get("/api/v1/council/recommendations/" + id).json();
		assertThat(addressee(seenByExpert, "UNOCT").get("reports").size()).isEqualTo(1);
		assertThat(addressee(seenByExpert, "UZ").get("reports").size()).isZero();
		assertThat(addressee(seenByExpert, "UNOCT").get("yours").asBoolean()).isTrue();
	}

	@Test
	void theTrackerFiltersByStateThemeStatusAndOverdue() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		String meeting = scheduleMeeting(secretariat, "Meeting for the tracker", LocalDate.now().minusMonths(3));
		String overdue = adopt(secretariat, meeting, "Tracker: overdue for Tajikistan", LocalDate.now().minusDays(10),
				List.of("TJ"), List.of()).get("id").asString();
		String later = adopt(secretariat, meeting, "Tracker: due later for Turkmenistan", LocalDate.now().plusYears(1),
				List.of("TM"), List.of()).get("id").asString();

		List<String> tajik = recommendationIds(secretariat.get("/api/v1/council/recommendations?country=TJ&meetingId="
				+ meeting).json());
		assertThat(tajik).containsExactly(overdue);
		List<String> late = recommendationIds(secretariat.get("/api/v1/council/recommendations?overdue=true&meetingId="
				+ meeting).json());
		assertThat(late).containsExactly(overdue);
		List<String> byTheme = recommendationIds(secretariat.get("/api/v1/council/recommendations?theme=CHILDREN"
				+ "&status=NOT_STARTED&meetingId=" + meeting).json());
		assertThat(byTheme).containsExactlyInAnyOrder(overdue, later);
		assertThat(secretariat.get("/api/v1/council/recommendations?theme=EDUCATION&meetingId=" + meeting).json()
				.size()).isZero();

		// A member sees what is addressed to their organisation's state: the delegate of Uzbekistan sees neither.
		List<String> ofDelegate = recommendationIds(new Http(port).as(CouncilFixtures.DELEGATE)
				.get("/api/v1/council/recommendations").json());
		assertThat(ofDelegate).doesNotContain(overdue, later);
		assertThat(new Http(port).as(CouncilFixtures.DELEGATE).get("/api/v1/council/recommendations/" + overdue)
				.status()).isEqualTo(404);
	}

	@Test
	void theOpenRecommendationsOfEarlierMeetingsAreGeneratedIntoTheNextMeetingsAgenda() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		String earlier = scheduleMeeting(secretariat, "Earlier meeting", LocalDate.now().minusMonths(2));
		JsonNode open = adopt(secretariat, earlier, "Follow-up: still open", LocalDate.now().plusMonths(1),
				List.of("KG"), List.of());
		JsonNode settled = adopt(secretariat, earlier, "Follow-up: implemented", LocalDate.now().plusMonths(1),
				List.of("KG"), List.of());
		JsonNode kyrgyz = addressee(settled, "KG");
		secretariat.put("/api/v1/council/addressees/" + kyrgyz.get("id").asString() + "/status",
				Map.of("version", kyrgyz.get("version").asInt(), "status", "IMPLEMENTED", "note", "Law adopted"));
		String next = scheduleMeeting(secretariat, "Next meeting", LocalDate.now().plusMonths(2));

		JsonNode followUp = secretariat.post("/api/v1/council/meetings/" + next + "/follow-up",
				Map.of("title", "Follow-up of earlier recommendations")).json();
		List<String> reviewed = new ArrayList<>();
		followUp.get("recommendations").forEach(r -> reviewed.add(r.get("id").asString()));
		assertThat(reviewed).contains(open.get("id").asString()).doesNotContain(settled.get("id").asString());

		JsonNode agenda = secretariat.get("/api/v1/council/meetings/" + next + "/agenda").json();
		assertThat(agenda.size()).isEqualTo(1);
		assertThat(agenda.get(0).get("followUp").asBoolean()).isTrue();
		assertThat(agenda.get(0).get("title").asString()).isEqualTo("Follow-up of earlier recommendations");

		// Generating again refreshes the same item instead of adding another.
		secretariat.post("/api/v1/council/meetings/" + next + "/follow-up", Map.of("title", "Again"));
		assertThat(secretariat.get("/api/v1/council/meetings/" + next + "/agenda").json().size()).isEqualTo(1);
		assertThat(new Http(port).as(Demo.EXPERT).post("/api/v1/council/meetings/" + next + "/follow-up",
				Map.of("title", "Expert's follow-up")).status()).isEqualTo(403);
	}

	@Test
	void aRecommendationIsReadInTheReadersLanguageWhereItWasTranslated() {
		Http api = new Http(port).as(Demo.SECRETARIAT);
		String meeting = scheduleMeeting(api, "Meeting adopting a translated recommendation",
				LocalDate.now().minusMonths(2));
		Pages secretariat = Pages.signIn(port, Demo.SECRETARIAT);
		var form = secretariat.get("/council/meetings/" + meeting + "/recommendations");
		Map<String, String> fields = new HashMap<>(Map.of("meetingId", meeting, "theme", "CHILDREN",
				"text", "Open a helpline for returned families.",
				"textRu", "Открыть горячую линию для вернувшихся семей.", "textUz", "",
				"dueOn", LocalDate.now().plusMonths(6).toString(), "countryCodes", "UZ"));
		var adopted = secretariat.post("/council/meetings/" + meeting + "/recommendations", fields, form);
		assertThat(adopted.status()).as(adopted.html()).isEqualTo(302);
		String page = adopted.location().replaceAll("^https?://[^/]+", "");

		// The delegate of Uzbekistan reads it in Russian; in Uzbek, with no translation, the text of record.
		String russian = Pages.signIn(port, CouncilFixtures.DELEGATE).inLanguage("ru").get(page).html();
		assertThat(russian).contains("Открыть горячую линию для вернувшихся семей.")
				.doesNotContain("Open a helpline for returned families.");
		String uzbek = Pages.signIn(port, CouncilFixtures.DELEGATE).inLanguage("uz").get(page).html();
		assertThat(uzbek).contains("Open a helpline for returned families.");
		String tracker = Pages.signIn(port, Demo.SECRETARIAT).inLanguage("ru").get("/council/recommendations").html();
		assertThat(tracker).contains("Открыть горячую линию для вернувшихся семей.");
		JsonNode stored = api.get("/api/v1/council/recommendations/" + page.substring(page.lastIndexOf('/') + 1))
				.json();
		assertThat(stored.get("text").asString()).isEqualTo("Open a helpline for returned families.");
		assertThat(stored.get("textRu").asString()).isEqualTo("Открыть горячую линию для вернувшихся семей.");
		assertThat(stored.get("textUz").isNull()).isTrue();
	}

	private static JsonNode adopt(Http secretariat, String meeting, String text, LocalDate due, List<String> states,
			List<UUID> organizations) {
		Map<String, Object> body = new HashMap<>();
		body.put("meetingId", meeting);
		body.put("text", text);
		body.put("theme", "CHILDREN");
		body.put("dueOn", due.toString());
		body.put("countryCodes", states);
		body.put("organizationIds", organizations);
		var adopted = secretariat.post("/api/v1/council/recommendations", body);
		assertThat(adopted.status()).as(adopted.toString()).isEqualTo(201);
		return adopted.json();
	}

	private static Http.Response report(Http member, JsonNode addressee, String status) {
		return member.post("/api/v1/council/addressees/" + addressee.get("id").asString() + "/reports",
				Map.of("reportedOn", LocalDate.now().toString(), "text", "Progress made", "evidence", "Decree No. 1",
						"proposedStatus", status));
	}

	/** The addressee that is the state of this code, or the organisation of this abbreviation. */
	private static JsonNode addressee(JsonNode recommendation, String codeOrAbbreviation) {
		for (JsonNode a : recommendation.get("addressees")) {
			if ((!a.get("country").isNull() && a.get("country").get("code").asString().equals(codeOrAbbreviation))
					|| (!a.get("organization").isNull()
							&& codeOrAbbreviation.equals(a.get("organization").get("abbreviation").asString()))) {
				return a;
			}
		}
		throw new IllegalArgumentException(codeOrAbbreviation);
	}

	private static List<String> history(JsonNode addressee) {
		List<String> changes = new ArrayList<>();
		addressee.get("history").forEach(h -> changes.add((h.get("from").isNull() ? "null" : h.get("from").asString())
				+ ">" + h.get("to").asString()));
		return changes;
	}

	private static List<String> recommendationIds(JsonNode rows) {
		List<String> ids = new ArrayList<>();
		rows.forEach(r -> ids.add(r.get("recommendationId").asString()));
		return ids;
	}
}

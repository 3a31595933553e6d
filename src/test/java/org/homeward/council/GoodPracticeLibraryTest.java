package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The good-practice library: members submit, the secretariat reviews and publishes; full-text search finds a
 * practice by another form of a Russian or English word and by the start of an Uzbek one, with filters by country,
 * theme, approach and stage; a member never sees another member's draft.
 */
@HomewardTest
class GoodPracticeLibraryTest {

	@LocalServerPort
	int port;

	@Test
	void aRussianWordFormFindsThePracticeAndOnlyOnceItIsPublished() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http delegate = new Http(port).as(CouncilFixtures.DELEGATE);
		Http expert = new Http(port).as(Demo.EXPERT);
		JsonNode practice = submit(delegate, "Семейная реинтеграция через службы занятости", "KZ",
				"Реинтеграция женщин начинается с работы: служба занятости подбирает обучение рядом с домом.",
				"LIVELIHOODS", "WHOLE_OF_GOVERNMENT", "REINTEGRATION");
		String id = practice.get("id").asString();
		assertThat(practice.get("status").asString()).isEqualTo("DRAFT");

		assertThat(titles(delegate, "реинтеграции")).contains("Семейная реинтеграция через службы занятости");
		assertThat(titles(expert, "реинтеграции")).doesNotContain("Семейная реинтеграция через службы занятости");
		assertThat(expert.get("/api/v1/council/practices/" + id).status()).isEqualTo(404);

		assertThat(expert.post("/api/v1/council/practices/" + id + "/review",
				Map.of("version", 0, "to", "REVIEWED")).status()).isEqualTo(403);
		var skipping = secretariat.post("/api/v1/council/practices/" + id + "/review",
				Map.of("version", 0, "to", "PUBLISHED"));
		assertThat(skipping.status()).isEqualTo(422);
		JsonNode reviewed = secretariat.post("/api/v1/council/practices/" + id + "/review",
				Map.of("version", 0, "to", "REVIEWED", "note", "Clear and complete")).json();
		assertThat(reviewed.get("status").asString()).isEqualTo("REVIEWED");
		assertThat(delegate.put("/api/v1/council/practices/" + id, Map.of("version", reviewed.get("version").asInt(),
				"practice", details("Changed after review", "KZ", "Text", "LIVELIHOODS", "WHOLE_OF_GOVERNMENT",
						"REINTEGRATION"))).status()).isEqualTo(403);
		JsonNode published = secretariat.post("/api/v1/council/practices/" + id + "/review",
				Map.of("version", reviewed.get("version").asInt(), "to", "PUBLISHED")).json();
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");

		for (String query : List.of("реинтеграции", "реинтеграцию", "Реинтеграция женщин", "службами занятости")) {
			assertThat(titles(expert, query)).as(query).contains("Семейная реинтеграция через службы занятости");
		}
		assertThat(titles(expert, "депортация")).doesNotContain("Семейная реинтеграция через службы занятости");

		String page = Pages.signIn(port, Demo.EXPERT).inLanguage("ru")
				.get("/council/practices?q=" + URLEncoder.encode("реинтеграции", StandardCharsets.UTF_8)).html();
		assertThat(page).contains("Семейная реинтеграция через службы занятости");
	}

	@Test
	void englishStemsAndUzbekPrefixesAreFoundAndFiltersNarrowTheResults() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		String english = publish(secretariat, submit(secretariat, "Mentoring returned adolescents", "TJ",
				"Trained mentors meet adolescents weekly during their first year home.", "CHILDREN", "WHOLE_OF_SOCIETY",
				"AFTERCARE"));
		String uzbek = publish(secretariat, submit(secretariat, "Ayollarni kasbga o'qitish", "UZ",
				"Qaytgan ayollarning reintegratsiyasini kasb-hunar kurslari tezlashtiradi.", "LIVELIHOODS",
				"WHOLE_OF_GOVERNMENT", "REINTEGRATION"));

		assertThat(titles(secretariat, "mentor")).contains("Mentoring returned adolescents");
		assertThat(titles(secretariat, "adolescent mentors")).contains("Mentoring returned adolescents");
		assertThat(titles(secretariat, "reintegratsiya")).contains("Ayollarni kasbga o'qitish");
		assertThat(titles(secretariat, "kurs")).contains("Ayollarni kasbga o'qitish");

		assertThat(search(secretariat, "country=TJ&approach=WHOLE_OF_SOCIETY&stage=AFTERCARE&theme=CHILDREN"))
				.contains("Mentoring returned adolescents").doesNotContain("Ayollarni kasbga o'qitish");
		assertThat(search(secretariat, "country=UZ&theme=LIVELIHOODS")).contains("Ayollarni kasbga o'qitish")
				.doesNotContain("Mentoring returned adolescents");
		assertThat(search(secretariat, "country=TJ&stage=REINTEGRATION")).doesNotContain("Mentoring returned adolescents");
		assertThat(english).isNotEqualTo(uzbek);

		// Punctuation and operators in a query are words, never tsquery syntax.
		assertThat(secretariat.get("/api/v1/council/practices?q=" + URLEncoder.encode("!:*&|()'", StandardCharsets.UTF_8))
				.status()).isEqualTo(200);
		assertThat(secretariat.get("/api/v1/council/practices?q=" + "x".repeat(201)).status()).isEqualTo(400);
	}

	@Test
	void anAuthorChangesTheirDraftAndAStaleChangeIsRefused() {
		Http expert = new Http(port).as(Demo.EXPERT);
		JsonNode draft = submit(expert, "Regional hotline for families", null, "One number for families of returnees.",
				"REGIONAL_COOPERATION", "WHOLE_OF_SOCIETY", "RECEPTION_AND_ASSESSMENT");
		String id = draft.get("id").asString();
		assertThat(draft.get("editable").asBoolean()).isTrue();
		assertThat(expert.put("/api/v1/council/practices/" + id, Map.of("version", 0, "practice",
				details("Regional hotline for families of returnees", null, "One number, three languages.",
						"REGIONAL_COOPERATION", "WHOLE_OF_SOCIETY", "RECEPTION_AND_ASSESSMENT"))).status()).isEqualTo(200);
		assertThat(expert.put("/api/v1/council/practices/" + id, Map.of("version", 0, "practice",
				details("Stale", null, "Stale", "REGIONAL_COOPERATION", "WHOLE_OF_SOCIETY",
						"RECEPTION_AND_ASSESSMENT"))).status()).isEqualTo(409);
		assertThat(new Http(port).as(CouncilFixtures.DELEGATE).get("/api/v1/council/practices/" + id).status())
				.isEqualTo(404);
		assertThat(expert.post("/api/v1/council/practices", details("", null, "", "CHILDREN", null, null)).status())
				.isEqualTo(400);
	}

	private static JsonNode submit(Http author, String title, String country, String description, String theme,
			String approach, String stage) {
		var submitted = author.post("/api/v1/council/practices", details(title, country, description, theme, approach,
				stage));
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
		return submitted.json();
	}

	private static String publish(Http secretariat, JsonNode practice) {
		String id = practice.get("id").asString();
		JsonNode reviewed = secretariat.post("/api/v1/council/practices/" + id + "/review",
				Map.of("version", practice.get("version").asInt(), "to", "REVIEWED")).json();
		secretariat.post("/api/v1/council/practices/" + id + "/review",
				Map.of("version", reviewed.get("version").asInt(), "to", "PUBLISHED"));
		return id;
	}

	private static Map<String, Object> details(String title, String country, String description, String theme,
			String approach, String stage) {
		Map<String, Object> details = new HashMap<>();
		details.put("title", title);
		details.put("countryCode", country);
		details.put("description", description);
		details.put("theme", theme);
		details.put("approach", approach);
		details.put("stage", stage);
		return details;
	}

	private static List<String> titles(Http reader, String query) {
		return search(reader, "q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
	}

	private static List<String> search(Http reader, String parameters) {
		var answer = reader.get("/api/v1/council/practices?size=100&" + parameters);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		answer.json().get("items").forEach(p -> titles.add(p.get("title").asString()));
		return titles;
	}
}

package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo's first meeting is exactly the one the press release of 10 May 2024 announces: Tashkent, 14 May 2024, its
 * organisers, the opening-ceremony speakers with their titles, the heads of delegation of the five states (unnamed,
 * as in the release), the invited organisations and the two breakout sessions. What the release does not give is
 * empty, and the illustrative parts say so.
 */
@HomewardTest
class SeedMeetingTest {

	static final String TITLE = "First meeting of Central Asia Regional Expert Council in Rehabilitation and "
			+ "Reintegration of Returnees from armed conflict zones";

	@LocalServerPort
	int port;

	@Test
	void theFirstMeetingIsAsThePressReleaseGivesIt() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		JsonNode detail = secretariat.get("/api/v1/council/meetings/" + firstMeetingId(secretariat)).json();
		JsonNode meeting = detail.get("meeting");
		assertThat(meeting.get("startsOn").asString()).isEqualTo("2024-05-14");
		assertThat(meeting.get("endsOn").asString()).isEqualTo("2024-05-14");
		assertThat(meeting.get("city").asString()).isEqualTo("Tashkent");
		assertThat(meeting.get("hostCountry").asString()).isEqualTo("UZ");
		assertThat(meeting.get("venue").isNull()).as("the release names no venue").isTrue();
		assertThat(meeting.get("chair").isNull()).as("the release names no chair").isTrue();
		assertThat(meeting.get("note").asString()).contains("press release of 10 May 2024").contains("illustrative");

		assertThat(organizations(detail, "ORGANISER")).containsExactlyInAnyOrder(
				"Institute for Strategic and Regional Studies under the President of the Republic of Uzbekistan",
				"State Security Service of the Republic of Uzbekistan",
				"Ministry of Foreign Affairs of the Republic of Uzbekistan",
				"Committee for Family and Women under the Ministry of Employment and Poverty Reduction of the Republic "
						+ "of Uzbekistan",
				"United Nations Office of Counter-Terrorism",
				"United Nations Regional Centre for Preventive Diplomacy for Central Asia",
				"OSCE Project Co-ordinator in Uzbekistan");
		assertThat(abbreviations(detail, "INVITED")).containsExactlyInAnyOrder("CIS ATC", "SCO RATS", "CICA", "PUIC",
				"CSTO", "UNODC", "OHCHR", "UNHCR");

		JsonNode agenda = secretariat.get("/api/v1/council/meetings/" + meeting.get("id").asString() + "/agenda").json();
		assertThat(agenda.size()).isEqualTo(3);
		JsonNode opening = agenda.get(0);
		assertThat(opening.get("kind").asString()).isEqualTo("OPENING_CEREMONY");
		assertThat(opening.get("startsAt").isNull()).as("the release gives no times").isTrue();
		assertThat(opening.get("room").isNull()).as("the release gives no rooms").isTrue();
		List<String> speakers = new ArrayList<>();
		opening.get("speakers").forEach(s -> speakers.add(text(s.get("name")) + " | " + text(s.get("title")) + " | "
				+ (s.get("organization").isNull() ? s.get("country").get("code").asString()
						: s.get("organization").get("abbreviation").asString())));
		assertThat(speakers).containsExactly(
				"Vladimir Voronkov | Under-Secretary-General and Head of the UNOCT | UNOCT",
				"Kaha Imnadze | Special Representative of the United Nations Secretary-General for Central Asia, the "
						+ "Head of the UNRCCA | UNRCCA",
				"Weixiong Chen | Acting Executive Director of the UN Security Council Counter-Terrorism Committee "
						+ "Executive Directorate | CTED",
				"Alena Kupchyna | OSCE Co-ordinator of Activities to Address Transnational Threats | OSCE TNTD",
				"- | Head of delegation | KZ", "- | Head of delegation | KG", "- | Head of delegation | TJ",
				"- | Head of delegation | TM", "- | Head of delegation | UZ");

		JsonNode first = agenda.get(1);
		JsonNode second = agenda.get(2);
		assertThat(first.get("kind").asString()).isEqualTo("BREAKOUT_SESSION");
		assertThat(second.get("kind").asString()).isEqualTo("BREAKOUT_SESSION");
		assertThat(first.get("slot").asInt()).as("the two breakouts run in parallel").isEqualTo(second.get("slot").asInt());
		assertThat(List.of(first.get("title").asString(), second.get("title").asString())).containsExactlyInAnyOrder(
				"Implementing a comprehensive whole-of-government approach to the rehabilitation and reintegration of "
						+ "returnees from conflict zones",
				"Enhancing the role of local communities and civil society organizations in ensuring a whole-of-society "
						+ "approach to the rehabilitation and reintegration of returnees from conflict zones");
		assertThat(first.get("description").asString()).contains("as well as enhancing the role of local communities "
				+ "and civil society organizations in ensuring a whole-of-society approach in this area.");
	}

	@Test
	void theHeadsOfDelegationOfTheFiveStatesAreThereUnnamed() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		JsonNode delegations = secretariat.get("/api/v1/council/meetings/" + firstMeetingId(secretariat)
				+ "/delegations").json();
		List<String> states = new ArrayList<>();
		delegations.forEach(d -> {
			states.add(d.get("country").get("code").asString());
			assertThat(d.get("participants").size()).isEqualTo(1);
			JsonNode head = d.get("participants").get(0);
			assertThat(head.get("function").asString()).isEqualTo("HEAD_OF_DELEGATION");
			assertThat(head.get("name").isNull()).isTrue();
		});
		assertThat(states).containsExactlyInAnyOrder("KZ", "KG", "TJ", "TM", "UZ");
	}

	@Test
	void thePressReleaseIsThePublicMaterialAndThePageShowsTheSpeakersWithTheirTitles() {
		Http expert = new Http(port).as(Demo.EXPERT);
		String id = firstMeetingId(new Http(port).as(Demo.SECRETARIAT));
		JsonNode materials = expert.get("/api/v1/council/meetings/" + id + "/materials").json();
		assertThat(materials.size()).isEqualTo(1);
		assertThat(materials.get(0).get("visibility").asString()).isEqualTo("PUBLIC");
		var file = expert.getBytes("/api/v1/council/meetings/" + id + "/materials/" + materials.get(0).get("id")
				.asString() + "/file");
		assertThat(new String(file.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		String page = Pages.signIn(port, Demo.EXPERT).get("/council/meetings/" + id).html();
		assertThat(page).contains("Vladimir Voronkov").contains("Under-Secretary-General and Head of the UNOCT")
				.contains("Kaha Imnadze").contains("Weixiong Chen").contains("Alena Kupchyna")
				.contains("2 sessions in parallel").contains("14.05.2024");
		String russian = Pages.signIn(port, Demo.EXPERT).inLanguage("ru").get("/council/meetings/" + id).html();
		assertThat(russian).contains("Церемония открытия").contains("Имя не названо");
		// The press release's English stays the title of record; readers of Russian and Uzbek see translations.
		assertThat(russian).contains("Первое заседание Регионального экспертного совета Центральной Азии")
				.contains("Глава делегации").contains("Координатор деятельности ОБСЕ по противодействию")
				.contains("Реализация комплексного общегосударственного подхода");
		String uzbek = Pages.signIn(port, Demo.EXPERT).inLanguage("uz").get("/council/meetings/" + id).html();
		assertThat(uzbek).contains("qurolli mojarolar hududlaridan").contains("Delegatsiya rahbari")
				.doesNotContain("Head of delegation");
	}

	private static String firstMeetingId(Http secretariat) {
		for (JsonNode meeting : secretariat.get("/api/v1/council/meetings").json()) {
			if (meeting.get("title").asString().equals(TITLE)) {
				return meeting.get("id").asString();
			}
		}
		throw new AssertionError("the first meeting is not in the demo");
	}

	private static List<String> organizations(JsonNode detail, String role) {
		List<String> names = new ArrayList<>();
		detail.get("organizations").forEach(p -> {
			if (p.get("role").asString().equals(role)) {
				names.add(p.get("organization").get("nameEn").asString());
			}
		});
		return names;
	}

	private static List<String> abbreviations(JsonNode detail, String role) {
		List<String> names = new ArrayList<>();
		detail.get("organizations").forEach(p -> {
			if (p.get("role").asString().equals(role)) {
				names.add(p.get("organization").get("abbreviation").asString());
			}
		});
		return names;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? "-" : node.asString();
	}
}

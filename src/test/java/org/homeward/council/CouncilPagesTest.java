package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.council.CouncilFixtures.organization;
import static org.homeward.council.CouncilFixtures.scheduleMeeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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
 * The secretariat's forms as a browser posts them: errors named in the user's language, an agenda item with rows of
 * speakers, an edit made on an old version shown as a conflict, working groups kept by the secretariat.
 */
@HomewardTest
class CouncilPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Test
	void theFirstMeetingsPageNamesItsOrganisersParticipantsAndInvitedOrganisations() {
		Http api = new Http(port).as(Demo.SECRETARIAT);
		String first = api.get("/api/v1/council/meetings").json().valueStream()
				.filter(m -> m.get("startsOn").asString().equals("2024-05-14")).findFirst().orElseThrow().get("id")
				.asString();
		String page = Pages.signIn(port, Demo.SECRETARIAT).get("/council/meetings/" + first).html();
		assertThat(page).contains("id=\"parties-ORGANISER\"").contains("id=\"parties-INVITED\"")
				.contains("UNOCT").contains("CSTO");
	}

	@Test
	void anIncompleteMeetingFormIsShownAgainWithItsErrorsInTheUsersLanguage() {
		Pages secretariat = Pages.signIn(port, Demo.SECRETARIAT).inLanguage("ru");
		var form = secretariat.get("/council/meetings/new");
		var answer = secretariat.post("/council/meetings", Map.of("version", "0", "meeting.title", "",
				"meeting.startsOn", "", "meeting.endsOn", "2027-01-01", "meeting.status", "PLANNED",
				"meeting.timeZone", "Asia/Tashkent"), form);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html()).contains("is-invalid").contains("Это поле обязательно");
	}

	@Test
	void anAgendaItemIsSavedWithItsRowsOfSpeakersAndEmptyRowsAreIgnored() {
		Http api = new Http(port).as(Demo.SECRETARIAT);
		LocalDate day = LocalDate.now().plusDays(80);
		String meeting = scheduleMeeting(api, "Meeting with speakers", day);
		Pages secretariat = Pages.signIn(port, Demo.SECRETARIAT);
		var form = secretariat.get("/council/meetings/" + meeting + "/agenda/new");
		assertThat(form.html()).contains("item.speakers[5].name");
		Map<String, String> fields = new HashMap<>(Map.of("version", "0", "item.kind", "OPENING_CEREMONY",
				"item.title", "Opening with speakers", "item.day", day.toString(), "item.slot", "1",
				"item.startsAt", "09:00", "item.endsAt", "09:45"));
		fields.put("item.speakers[0].name", "First Speaker");
		fields.put("item.speakers[0].title", "Chair of the Council");
		fields.put("item.titleRu", "Открытие с докладчиками");
		fields.put("item.speakers[0].titleRu", "Председатель Совета");
		fields.put("item.speakers[0].organizationId", organization(organizations, "UNOCT").toString());
		fields.put("item.speakers[0].countryCode", "");
		fields.put("item.room", "");
		fields.put("item.workingGroupId", "");
		fields.put("item.speakers[1].name", "");
		fields.put("item.speakers[1].title", "");
		fields.put("item.speakers[2].title", "Head of delegation");
		fields.put("item.speakers[2].countryCode", "TM");
		var saved = secretariat.post("/council/meetings/" + meeting + "/agenda", fields, form);
		assertThat(saved.status()).as(saved.html()).isEqualTo(302);

		JsonNode item = api.get("/api/v1/council/meetings/" + meeting + "/agenda").json().get(0);
		assertThat(item.get("startsAt").asString()).startsWith("09:00");
		JsonNode speakers = item.get("speakers");
		assertThat(speakers.size()).isEqualTo(2);
		assertThat(speakers.get(0).get("name").asString()).isEqualTo("First Speaker");
		assertThat(speakers.get(0).get("organization").get("abbreviation").asString()).isEqualTo("UNOCT");
		assertThat(speakers.get(1).get("name").isNull()).isTrue();
		assertThat(speakers.get(1).get("country").get("code").asString()).isEqualTo("TM");

		// Each reader sees the translation for their language, the title of record where there is none.
		assertThat(item.get("titleRu").asString()).isEqualTo("Открытие с докладчиками");
		String russian = Pages.signIn(port, Demo.SECRETARIAT).inLanguage("ru").get("/council/meetings/" + meeting)
				.html();
		assertThat(russian).contains("Открытие с докладчиками").contains("Председатель Совета")
				.doesNotContain("Opening with speakers");
		String uzbek = Pages.signIn(port, Demo.SECRETARIAT).inLanguage("uz").get("/council/meetings/" + meeting)
				.html();
		assertThat(uzbek).contains("Opening with speakers").contains("Chair of the Council");
	}

	@Test
	void optionalChoicesLeftEmptyOnAFormAreNoneNotErrors() {
		Pages secretariat = Pages.signIn(port, Demo.SECRETARIAT);
		String day = LocalDate.now().plusDays(82).toString();
		var form = secretariat.get("/council/meetings/new");
		var meeting = secretariat.post("/council/meetings", Map.of("version", "0", "meeting.title",
				"Meeting without a host state", "meeting.startsOn", day, "meeting.endsOn", day, "meeting.status",
				"PLANNED", "meeting.timeZone", "Asia/Tashkent", "meeting.hostCountry", "", "meeting.venue", "",
				"meeting.note", ""), form);
		assertThat(meeting.status()).as(meeting.html()).isEqualTo(302);

		Pages expert = Pages.signIn(port, Demo.EXPERT);
		var practiceForm = expert.get("/council/practices/new");
		var practice = expert.post("/council/practices", Map.of("version", "0", "practice.title",
				"A regional practice from the form", "practice.countryCode", "", "practice.theme", "CHILDREN",
				"practice.approach", "WHOLE_OF_SOCIETY", "practice.stage", "REINTEGRATION", "practice.description",
				"Described on the page.", "practice.results", "", "practice.lessons", ""), practiceForm);
		assertThat(practice.status()).as(practice.html()).isEqualTo(302);
		assertThat(expert.get(practice.location().replaceAll("^https?://[^/]+", "")).html())
				.contains("A regional practice from the form").contains("Regional");
	}

	@Test
	void aMeetingEditedMeanwhileIsShownAsAConflictWithNothingOverwritten() {
		Http api = new Http(port).as(Demo.SECRETARIAT);
		LocalDate day = LocalDate.now().plusDays(81);
		String meeting = scheduleMeeting(api, "Meeting edited in two tabs", day);
		Pages secretariat = Pages.signIn(port, Demo.SECRETARIAT);
		var form = secretariat.get("/council/meetings/" + meeting + "/edit");
		api.put("/api/v1/council/meetings/" + meeting, Map.of("version", 0, "meeting",
				CouncilFixtures.meeting("Renamed in the other tab", day, day)));
		var stale = secretariat.post("/council/meetings/" + meeting, Map.of("version", "0", "meeting.title",
				"Renamed in this tab", "meeting.startsOn", day.toString(), "meeting.endsOn", day.toString(),
				"meeting.status", "ANNOUNCED", "meeting.timeZone", "Asia/Tashkent"), form);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html()).contains("Renamed in the other tab").contains("Renamed in this tab");
		assertThat(api.get("/api/v1/council/meetings/" + meeting).json().get("meeting").get("title").asString())
				.isEqualTo("Renamed in the other tab");
	}

	@Test
	void theSecretariatKeepsTheWorkingGroupsAndMembersReadThem() {
		Http api = new Http(port).as(Demo.SECRETARIAT);
		JsonNode created = api.post("/api/v1/council/working-groups", Map.of("nameEn", "Data protection",
				"nameRu", "Защита данных", "nameUz", "Ma'lumotlarni himoya qilish",
				"memberIds", java.util.List.of(organization(organizations, "OHCHR")))).json();
		String id = created.get("id").asString();
		assertThat(created.get("members").get(0).get("abbreviation").asString()).isEqualTo("OHCHR");
		var edited = api.put("/api/v1/council/working-groups/" + id, Map.of("version", 0, "group", Map.of(
				"nameEn", "Data protection and privacy", "nameRu", "Защита данных", "nameUz",
				"Ma'lumotlarni himoya qilish")));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(api.put("/api/v1/council/working-groups/" + id, Map.of("version", 0, "group", Map.of(
				"nameEn", "Stale", "nameRu", "Устар.", "nameUz", "Eski"))).status()).isEqualTo(409);
		assertThat(api.post("/api/v1/council/working-groups", Map.of("nameEn", "Data protection and privacy",
				"nameRu", "Дубль", "nameUz", "Dubl")).status()).isEqualTo(422);

		assertThat(Pages.signIn(port, Demo.EXPERT).inLanguage("uz").get("/council/reference").html())
				.contains("Ma&#39;lumotlarni himoya qilish");
		assertThat(Pages.signIn(port, Demo.EXPERT).get("/council/reference/working-groups/" + id + "/edit").status())
				.isEqualTo(403);
	}
}

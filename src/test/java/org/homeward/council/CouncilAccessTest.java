package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.council.CouncilFixtures.addItem;
import static org.homeward.council.CouncilFixtures.invite;
import static org.homeward.council.CouncilFixtures.item;
import static org.homeward.council.CouncilFixtures.meeting;
import static org.homeward.council.CouncilFixtures.organization;
import static org.homeward.council.CouncilFixtures.scheduleMeeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.organizations.Organizations;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who reaches what of the Council: a member sees only the meetings and invitations of their own organisation, only
 * the secretariat edits (403 for everyone else, through the API and the pages), roles of the returnee programme see
 * nothing of the Council, stale edits get 409, and every reading of participants' contact details is audited.
 */
@HomewardTest
class CouncilAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anExpertSeesOnlyTheMeetingsAndInvitationsOfTheirOwnOrganization() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		String ours = scheduleMeeting(secretariat, "Meeting UNOCT is invited to", LocalDate.now().plusDays(30));
		String theirs = scheduleMeeting(secretariat, "Meeting only OHCHR is invited to", LocalDate.now().plusDays(31));
		invite(secretariat, ours, organization(organizations, "UNOCT"));
		invite(secretariat, theirs, organization(organizations, "OHCHR"));

		List<String> seen = ids(expert.get("/api/v1/council/meetings").json());
		assertThat(seen).contains(ours).doesNotContain(theirs);
		assertThat(ids(secretariat.get("/api/v1/council/meetings").json())).contains(ours, theirs);
		assertThat(expert.get("/api/v1/council/meetings/" + theirs).status()).isEqualTo(404);
		assertThat(expert.get("/api/v1/council/meetings/" + theirs + "/invitations").status()).isEqualTo(404);
		assertThat(expert.get("/api/v1/council/meetings/" + theirs + "/calendar.ics").status()).isEqualTo(404);

		JsonNode invitations = expert.get("/api/v1/council/invitations").json();
		assertThat(invitations.size()).isPositive();
		invitations.forEach(i -> assertThat(i.get("organization").get("abbreviation").asString()).isEqualTo("UNOCT"));
		JsonNode ofMeeting = expert.get("/api/v1/council/meetings/" + ours + "/invitations").json();
		assertThat(ofMeeting.size()).isEqualTo(1);

		String ohchrInvitation = secretariat.get("/api/v1/council/meetings/" + theirs + "/invitations").json().get(0)
				.get("id").asString();
		assertThat(expert.get("/api/v1/council/invitations/" + ohchrInvitation).status()).isEqualTo(404);

		var meetingsPage = Pages.signIn(port, Demo.EXPERT).get("/council/meetings");
		assertThat(meetingsPage.html()).contains("Meeting UNOCT is invited to")
				.doesNotContain("Meeting only OHCHR is invited to");
		assertThat(Pages.signIn(port, Demo.EXPERT).get("/council/meetings/" + theirs).status()).isEqualTo(404);
	}

	@Test
	void onlyTheSecretariatCreatesAndChangesMeetingsThroughTheApi() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		LocalDate day = LocalDate.now().plusDays(40);
		String id = scheduleMeeting(secretariat, "Meeting the expert may not change", day);
		invite(secretariat, id, organization(organizations, "UNOCT"));
		JsonNode meeting = secretariat.get("/api/v1/council/meetings/" + id).json().get("meeting");

		assertThat(expert.post("/api/v1/council/meetings", meeting("Expert's own meeting", day, day)).status())
				.isEqualTo(403);
		assertThat(expert.put("/api/v1/council/meetings/" + id, Map.of("version", meeting.get("version").asInt(),
				"meeting", meeting("Renamed by the expert", day, day))).status()).isEqualTo(403);
		assertThat(expert.post("/api/v1/council/meetings/" + id + "/agenda",
				item("PLENARY", "Expert's item", 1, null, null)).status()).isEqualTo(403);
		assertThat(expert.post("/api/v1/council/meetings/" + id + "/invitations",
				Map.of("organizationId", organization(organizations, "OHCHR"))).status()).isEqualTo(403);
		assertThat(expert.put("/api/v1/council/meetings/" + id + "/organizations",
				Map.of("organizationId", organization(organizations, "OHCHR"), "role", "ORGANISER")).status())
				.isEqualTo(403);
		assertThat(expert.post("/api/v1/council/recommendations", Map.of("meetingId", id, "text", "Do more",
				"theme", "CHILDREN", "countryCodes", List.of("UZ"))).status()).isEqualTo(403);
		assertThat(expert.post("/api/v1/council/working-groups", Map.of("nameEn", "Expert group", "nameRu", "Группа",
				"nameUz", "Guruh")).status()).isEqualTo(403);
		assertThat(secretariat.get("/api/v1/council/meetings/" + id).json().get("meeting").get("title").asString())
				.isEqualTo("Meeting the expert may not change");
	}

	@Test
	void onlyTheSecretariatGetsTheEditingPagesAndForms() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		String id = scheduleMeeting(secretariat, "Meeting with pages", LocalDate.now().plusDays(41));
		invite(secretariat, id, organization(organizations, "UNOCT"));
		String item = addItem(secretariat, id, item("PLENARY", "Plenary", 1, "10:00", "11:00"));

		Pages expert = Pages.signIn(port, Demo.EXPERT);
		for (String page : List.of("/council/meetings/new", "/council/meetings/" + id + "/edit",
				"/council/meetings/" + id + "/agenda/new", "/council/meetings/" + id + "/agenda/" + item + "/edit",
				"/council/meetings/" + id + "/agenda/" + item + "/minutes/revisions")) {
			assertThat(expert.get(page).status()).as(page).isEqualTo(403);
		}
		var view = expert.get("/council/meetings/" + id);
		assertThat(view.status()).isEqualTo(200);
		assertThat(view.html()).doesNotContain("id=\"edit-meeting\"").doesNotContain("id=\"add-item\"")
				.doesNotContain("id=\"assign-role\"");
		var created = expert.post("/council/meetings", Map.of("version", "0", "meeting.title", "Expert's meeting",
				"meeting.startsOn", "2027-03-01", "meeting.endsOn", "2027-03-01", "meeting.status", "PLANNED"), view);
		assertThat(created.status()).isEqualTo(403);
		var minutes = expert.post("/council/meetings/" + id + "/agenda/" + item + "/minutes",
				Map.of("baseRevision", "0", "text", "Expert's minutes"), view);
		assertThat(minutes.status()).isEqualTo(403);

		Pages secretary = Pages.signIn(port, Demo.SECRETARIAT);
		var page = secretary.get("/council/meetings/" + id);
		assertThat(page.html()).contains("id=\"edit-meeting\"").contains("id=\"add-item\"");
		assertThat(secretary.get("/council/meetings/new").status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} sees nothing of the Council")
	@ValueSource(strings = { Demo.CASE_MANAGER, Demo.COORDINATOR, Demo.HEALTH_SPECIALIST, Demo.JUSTICE_OFFICER,
			Demo.SECURITY_OFFICER, Demo.COMMUNITY_WORKER, Demo.CSO_WORKER, Demo.ANALYST, Demo.AUDITOR, Demo.ADMIN })
	void rolesOfTheReturneeProgrammeSeeNothingOfTheCouncil(String username) {
		Http api = new Http(port).as(username);
		for (String path : List.of("/api/v1/council/meetings", "/api/v1/council/invitations",
				"/api/v1/council/recommendations", "/api/v1/council/practices", "/api/v1/council/working-groups",
				"/api/v1/council/meetings/calendar.ics")) {
			assertThat(api.get(path).status()).as(username + " " + path).isEqualTo(403);
		}
		Pages pages = Pages.signIn(port, username);
		for (String path : List.of("/council/meetings", "/council/recommendations", "/council/practices",
				"/council/reference", "/council/calendar.ics")) {
			assertThat(pages.get(path).status()).as(username + " " + path).isEqualTo(403);
		}
		assertThat(pages.get("/").html()).doesNotContain("/council/");
	}

	@Test
	void theCouncilRolesSeeNoCase() {
		for (String username : List.of(Demo.SECRETARIAT, Demo.EXPERT, CouncilFixtures.DELEGATE)) {
			var caseload = new Http(port).as(username).get("/api/v1/cases");
			assertThat(caseload.status() == 403 || caseload.json().get("total").asLong() == 0).as(username + " "
					+ caseload).isTrue();
			assertThat(Pages.signIn(port, username).get("/").html()).contains("/council/meetings")
					.doesNotContain("href=\"/cases\"");
		}
	}

	@Test
	void aStaleEditIsRefusedWithTheCurrentVersion() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		LocalDate day = LocalDate.now().plusDays(50);
		String id = scheduleMeeting(secretariat, "Meeting edited twice", day);
		assertThat(secretariat.put("/api/v1/council/meetings/" + id, Map.of("version", 0,
				"meeting", meeting("First edit", day, day))).status()).isEqualTo(200);
		var stale = secretariat.put("/api/v1/council/meetings/" + id, Map.of("version", 0,
				"meeting", meeting("Second edit on the old version", day, day)));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
		assertThat(secretariat.get("/api/v1/council/meetings/" + id).json().get("meeting").get("title").asString())
				.isEqualTo("First edit");
	}

	@Test
	void badInputIsNamedFieldByFieldAndRulesAreExplained() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		var blank = secretariat.post("/api/v1/council/meetings", Map.of("title", "", "status", "PLANNED"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.text()).contains("title").contains("startsOn");
		LocalDate day = LocalDate.now().plusDays(60);
		var backwards = secretariat.post("/api/v1/council/meetings", meeting("Backwards", day, day.minusDays(1)));
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.json().get("code").asString()).isEqualTo("council.meeting.dates.order");
		var tooLong = secretariat.post("/api/v1/council/meetings", meeting("x".repeat(301), day, day));
		assertThat(tooLong.status()).isEqualTo(400);

		String id = scheduleMeeting(secretariat, "Meeting with one plenary", day);
		addItem(secretariat, id, item("PLENARY", "Plenary", 1, null, null));
		var parallelPlenary = secretariat.post("/api/v1/council/meetings/" + id + "/agenda",
				item("PLENARY", "Another plenary at the same time", 1, null, null));
		assertThat(parallelPlenary.status()).isEqualTo(422);
		assertThat(parallelPlenary.json().get("code").asString()).isEqualTo("council.agenda.parallelOnlyBreakouts");
		var russian = secretariat.inLanguage("ru").post("/api/v1/council/meetings/" + id + "/agenda",
				item("BREAKOUT_SESSION", "Times backwards", 2, "11:00", "10:00"));
		assertThat(russian.status()).isEqualTo(422);
		assertThat(russian.json().get("detail").asString()).contains("Время окончания");
	}

	@Test
	void everyReadingOfParticipantsContactDetailsIsAudited() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		String id = scheduleMeeting(secretariat, "Meeting with contacts", LocalDate.now().plusDays(70));
		var added = secretariat.post("/api/v1/council/meetings/" + id + "/participants", Map.of("countryCode", "KZ",
				"participant", CouncilFixtures.person("Aida Example", "EXPERT", "aida@example.org", false)));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		String participant = added.json().get("id").asString();
		long before = reads(participant);

		JsonNode delegations = secretariat.get("/api/v1/council/meetings/" + id + "/delegations").json();
		assertThat(delegations.get(0).get("participants").get(0).get("contact").get("email").asString())
				.isEqualTo("aida@example.org");
		assertThat(reads(participant)).isEqualTo(before + 1);
		Pages.signIn(port, Demo.SECRETARIAT).get("/council/meetings/" + id + "/participants");
		assertThat(reads(participant)).isEqualTo(before + 2);
	}

	@Test
	void theCouncilsApiIsDescribedForIntegrators() {
		var paths = new Http(port).anonymous().get("/v3/api-docs").json().get("paths");
		for (String path : List.of("/api/v1/council/meetings", "/api/v1/council/meetings/{id}/agenda",
				"/api/v1/council/invitations/{id}/response", "/api/v1/council/meetings/{id}/delegations",
				"/api/v1/council/recommendations", "/api/v1/council/addressees/{addresseeId}/reports",
				"/api/v1/council/practices", "/api/v1/council/meetings/calendar.ics")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
	}

	private long reads(String participantId) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_entry WHERE record_type = 'COUNCIL_PARTICIPANT' AND record_id = ?
				  AND action IN ('LIST', 'VIEW') AND actor = ?""")
				.params(participantId, Demo.SECRETARIAT).query(Long.class).single();
	}

	private static List<String> ids(JsonNode meetings) {
		List<String> ids = new java.util.ArrayList<>();
		meetings.forEach(m -> ids.add(m.get("id").asString()));
		return ids;
	}
}

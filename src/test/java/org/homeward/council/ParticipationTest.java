package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.homeward.council.CouncilFixtures.invite;
import static org.homeward.council.CouncilFixtures.noticesAbout;
import static org.homeward.council.CouncilFixtures.organization;
import static org.homeward.council.CouncilFixtures.person;
import static org.homeward.council.CouncilFixtures.register;
import static org.homeward.council.CouncilFixtures.respond;
import static org.homeward.council.CouncilFixtures.scheduleMeeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.council.internal.ReminderSchedule;
import org.homeward.organizations.Organizations;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Invitations, answers, reminders, registration and attendance, and the participant list that names only those who
 * consented: what each party to a meeting sees and may do.
 */
@HomewardTest
class ParticipationTest {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Autowired
	ReminderSchedule reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theParticipantListOthersSeeNamesOnlyThoseWhoConsentedAndNeverTheirContacts() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		Http delegate = new Http(port).as(CouncilFixtures.DELEGATE);
		String meeting = scheduleMeeting(secretariat, "Meeting with a participant list", LocalDate.now().plusDays(20));
		respond(expert, invite(secretariat, meeting, organization(organizations, "UNOCT")), "ACCEPTED");
		secretariat.put("/api/v1/council/meetings/" + meeting + "/organizations",
				Map.of("organizationId", organization(organizations, "ISRS"), "role", "PARTICIPANT"));

		register(expert, meeting, person("Consenting Expert", "EXPERT", "consenting@example.org", true), false);
		String private_ = register(expert, meeting, person("Private Expert", "OBSERVER", "private@example.org", false),
				false);

		String published = delegate.get("/api/v1/council/meetings/" + meeting + "/delegations").text();
		assertThat(published).contains("Consenting Expert").doesNotContain("Private Expert")
				.doesNotContain("@example.org");
		String onThePage = Pages.signIn(port, CouncilFixtures.DELEGATE)
				.get("/council/meetings/" + meeting + "/participants").html();
		assertThat(onThePage).contains("Consenting Expert").doesNotContain("Private Expert")
				.doesNotContain("consenting@example.org");

		String full = secretariat.get("/api/v1/council/meetings/" + meeting + "/delegations").text();
		assertThat(full).contains("Consenting Expert", "Private Expert", "consenting@example.org",
				"private@example.org");

		// The expert's own organisation's registrations, with or without consent, but no contact details.
		JsonNode mine = expert.get("/api/v1/council/meetings/" + meeting + "/registrations").json();
		assertThat(names(mine)).containsExactlyInAnyOrder("Consenting Expert", "Private Expert");
		mine.forEach(p -> assertThat(p.get("contact").isNull()).isTrue());

		// Consent given later publishes the person; the delegate of another organisation may not change it.
		int version = version(mine, "Private Expert");
		var ofAnotherOrganization = delegate.put("/api/v1/council/participants/" + private_,
				Map.of("version", version, "participant", person("Private Expert", "OBSERVER", null, true)));
		assertThat(ofAnotherOrganization.status()).isEqualTo(403);
		Pages expertPages = Pages.signIn(port, Demo.EXPERT);
		var page = expertPages.get("/council/meetings/" + meeting + "/participants");
		expertPages.post("/council/participants/" + private_ + "/consent", Map.of("meetingId", meeting,
				"version", String.valueOf(version), "consent", "true"), page);
		assertThat(delegate.get("/api/v1/council/meetings/" + meeting + "/delegations").text())
				.contains("Private Expert");
		assertThat(secretariat.get("/api/v1/council/meetings/" + meeting + "/delegations").text())
				.contains("private@example.org");
	}

	@Test
	void anInvitedExpertRegistersOnlyAfterAcceptingAndTheSecretariatRecordsAttendance() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		String meeting = scheduleMeeting(secretariat, "Meeting with RSVP", LocalDate.now().plusDays(21));
		JsonNode invitation = invite(secretariat, meeting, organization(organizations, "UNOCT"));
		assertThat(invitation.get("rsvp").asString()).isEqualTo("PENDING");

		var tooEarly = expert.post("/api/v1/council/meetings/" + meeting + "/registrations",
				Map.of("participant", person(null, "EXPERT", null, true), "self", true));
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(tooEarly.json().get("code").asString()).isEqualTo("council.registration.notAccepted");
		assertThat(new Http(port).as(CouncilFixtures.DELEGATE).post("/api/v1/council/invitations/"
				+ invitation.get("id").asString() + "/response", Map.of("version", 0, "rsvp", "ACCEPTED")).status())
				.isEqualTo(404);

		JsonNode accepted = respond(expert, invitation, "ACCEPTED");
		assertThat(accepted.get("rsvp").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.get("respondedBy").asString()).isEqualTo(Demo.EXPERT);
		String self = register(expert, meeting, person(null, "EXPERT", "seitkali@example.org", true), true);
		var twice = expert.post("/api/v1/council/meetings/" + meeting + "/registrations",
				Map.of("participant", person(null, "EXPERT", null, true), "self", true));
		assertThat(twice.status()).isEqualTo(422);

		JsonNode registered = expert.get("/api/v1/council/meetings/" + meeting + "/registrations").json();
		assertThat(registered.get(0).get("name").asString()).isEqualTo("Daniyar Seitkali");
		assertThat(registered.get(0).get("selfRegistered").asBoolean()).isTrue();
		int version = registered.get(0).get("version").asInt();

		assertThat(expert.put("/api/v1/council/participants/" + self + "/attendance",
				Map.of("version", version, "attendance", "PRESENT")).status()).isEqualTo(403);
		assertThat(secretariat.put("/api/v1/council/participants/" + self + "/attendance",
				Map.of("version", version, "attendance", "PRESENT")).status()).isEqualTo(204);
		assertThat(secretariat.put("/api/v1/council/participants/" + self + "/attendance",
				Map.of("version", version, "attendance", "ABSENT")).status()).isEqualTo(409);
		assertThat(expert.get("/api/v1/council/meetings/" + meeting + "/registrations").json().get(0)
				.get("attendance").asString()).isEqualTo("PRESENT");

		// Once held, answers and registrations are closed.
		JsonNode detail = secretariat.get("/api/v1/council/meetings/" + meeting).json().get("meeting");
		Map<String, Object> held = CouncilFixtures.meeting(detail.get("title").asString(),
				LocalDate.parse(detail.get("startsOn").asString()), LocalDate.parse(detail.get("endsOn").asString()));
		held.put("status", "HELD");
		assertThat(secretariat.put("/api/v1/council/meetings/" + meeting, Map.of("version", detail.get("version").asInt(),
				"meeting", held)).status()).isEqualTo(200);
		var late = expert.post("/api/v1/council/invitations/" + invitation.get("id").asString() + "/response",
				Map.of("version", accepted.get("version").asInt(), "rsvp", "DECLINED"));
		assertThat(late.status()).isEqualTo(422);
		assertThat(late.json().get("code").asString()).isEqualTo("council.meeting.closed");
	}

	@Test
	void aDeclinedInvitationStaysDeclinedAndTheMeetingLeavesTheExpertsFeed() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		String meeting = scheduleMeeting(secretariat, "Meeting the expert declines", LocalDate.now().plusDays(22));
		JsonNode declined = respond(expert, invite(secretariat, meeting, organization(organizations, "UNOCT")),
				"DECLINED");
		assertThat(declined.get("rsvp").asString()).isEqualTo("DECLINED");
		assertThat(expert.get("/api/v1/council/meetings/calendar.ics").text()).doesNotContain(meeting);
		var register = expert.post("/api/v1/council/meetings/" + meeting + "/registrations",
				Map.of("participant", person(null, "EXPERT", null, true), "self", true));
		assertThat(register.status()).isEqualTo(422);
	}

	@Test
	void theSecretariatRemindsAPendingInvitationAndTheDailyScheduleRemindsOnlyOnceAWeek() {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		Http expert = new Http(port).as(Demo.EXPERT);
		String meeting = scheduleMeeting(secretariat, "Meeting with reminders", LocalDate.now().plusDays(10));
		JsonNode invitation = invite(secretariat, meeting, organization(organizations, "UNOCT"));
		String id = invitation.get("id").asString();
		// The invited organisation's Council member is told, in the app, once the invitation is committed.
		await().untilAsserted(() -> assertThat(noticesAbout(expert, meeting)).containsExactly("COUNCIL_INVITATION"));

		assertThat(expert.post("/api/v1/council/invitations/" + id + "/reminders", Map.of()).status()).isEqualTo(403);
		JsonNode reminded = secretariat.post("/api/v1/council/invitations/" + id + "/reminders", Map.of()).json();
		assertThat(reminded.get("reminders").asInt()).isEqualTo(1);
		await().untilAsserted(() -> assertThat(noticesAbout(expert, meeting))
				.containsExactly("COUNCIL_INVITATION_REMINDER", "COUNCIL_INVITATION"));
		assertThat(noticesAbout(secretariat, meeting)).isEmpty();
		assertThat(Pages.signIn(port, Demo.EXPERT).get("/council/meetings").html()).contains("Reminders: 1");

		// Sent two days ago and reminded eight days ago: the schedule reminds it once, then not again the same week.
		jdbc.sql("UPDATE council_invitation SET invited_at = now() - interval '9 days' WHERE id = ?::uuid").param(id)
				.update();
		jdbc.sql("UPDATE council_reminder SET sent_at = now() - interval '8 days' WHERE invitation_id = ?::uuid")
				.param(id).update();
		reminders.remindPendingInvitations();
		assertThat(expert.get("/api/v1/council/invitations/" + id).json().get("reminders").asInt()).isEqualTo(2);
		reminders.remindPendingInvitations();
		assertThat(expert.get("/api/v1/council/invitations/" + id).json().get("reminders").asInt()).isEqualTo(2);

		respond(expert, expert.get("/api/v1/council/invitations/" + id).json(), "ACCEPTED");
		var notPending = secretariat.post("/api/v1/council/invitations/" + id + "/reminders", Map.of());
		assertThat(notPending.status()).isEqualTo(422);
	}

	private static List<String> names(JsonNode participants) {
		List<String> names = new ArrayList<>();
		participants.forEach(p -> names.add(p.get("name").asString()));
		return names;
	}

	private static int version(JsonNode participants, String name) {
		for (JsonNode p : participants) {
			if (p.get("name").asString().equals(name)) {
				return p.get("version").asInt();
			}
		}
		throw new IllegalArgumentException(name);
	}
}

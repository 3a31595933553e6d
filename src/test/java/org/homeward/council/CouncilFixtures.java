package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.support.Http;
import tools.jackson.databind.JsonNode;

/** Requests the Council's tests share: meetings, agenda items, invitations, organisations by abbreviation. */
final class CouncilFixtures {

	/** The demo's member of the delegation of Uzbekistan, at ISRS. */
	static final String DELEGATE = "delegate";

	private CouncilFixtures() {
	}

	static UUID organization(Organizations organizations, String abbreviation) {
		return organizations.organizations(Locale.ENGLISH).stream().filter(o -> abbreviation.equals(o.abbreviation()))
				.map(Organization::id).findFirst().orElseThrow(() -> new IllegalArgumentException(abbreviation));
	}

	static Map<String, Object> meeting(String title, LocalDate first, LocalDate last) {
		Map<String, Object> meeting = new HashMap<>();
		meeting.put("title", title);
		meeting.put("startsOn", first.toString());
		meeting.put("endsOn", last.toString());
		meeting.put("city", "Tashkent");
		meeting.put("hostCountry", "UZ");
		meeting.put("status", "ANNOUNCED");
		meeting.put("timeZone", "Asia/Tashkent");
		return meeting;
	}

	/** A meeting scheduled by the secretariat through the API; its id. */
	static String scheduleMeeting(Http secretariat, String title, LocalDate day) {
		var created = secretariat.post("/api/v1/council/meetings", meeting(title, day, day));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	static Map<String, Object> item(String kind, String title, int slot, String startsAt, String endsAt) {
		Map<String, Object> item = new HashMap<>();
		item.put("kind", kind);
		item.put("title", title);
		item.put("slot", slot);
		item.put("startsAt", startsAt);
		item.put("endsAt", endsAt);
		item.put("speakers", List.of());
		return item;
	}

	static String addItem(Http secretariat, String meetingId, Map<String, Object> item) {
		var added = secretariat.post("/api/v1/council/meetings/" + meetingId + "/agenda", item);
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		return added.json().get("id").asString();
	}

	static JsonNode invite(Http secretariat, String meetingId, UUID organizationId) {
		var invited = secretariat.post("/api/v1/council/meetings/" + meetingId + "/invitations",
				Map.of("organizationId", organizationId));
		assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
		return invited.json();
	}

	static JsonNode respond(Http member, JsonNode invitation, String rsvp) {
		var answered = member.post("/api/v1/council/invitations/" + invitation.get("id").asString() + "/response",
				Map.of("version", invitation.get("version").asInt(), "rsvp", rsvp));
		assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
		return answered.json();
	}

	static Map<String, Object> person(String name, String function, String email, boolean consent) {
		Map<String, Object> person = new HashMap<>();
		person.put("name", name);
		person.put("function", function);
		person.put("email", email);
		person.put("consentToPublish", consent);
		return person;
	}

	static String register(Http member, String meetingId, Map<String, Object> person, boolean self) {
		var registered = member.post("/api/v1/council/meetings/" + meetingId + "/registrations",
				Map.of("participant", person, "self", self));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		return registered.json().get("id").asString();
	}

	/** The kinds of the user's notifications that point to the given meeting or recommendation, newest first. */
	static List<String> noticesAbout(Http user, String id) {
		List<String> kinds = new java.util.ArrayList<>();
		for (JsonNode notice : user.get("/api/v1/notifications").json()) {
			if (id.equals(notice.path("meetingId").asString(null))
					|| id.equals(notice.path("recommendationId").asString(null))) {
				kinds.add(notice.get("kind").asString());
			}
		}
		return kinds;
	}
}

package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.council.CouncilFixtures.addItem;
import static org.homeward.council.CouncilFixtures.invite;
import static org.homeward.council.CouncilFixtures.item;
import static org.homeward.council.CouncilFixtures.meeting;
import static org.homeward.council.CouncilFixtures.organization;
import static org.homeward.council.CouncilFixtures.scheduleMeeting;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.homeward.organizations.Organizations;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The iCalendar export (RFC 5545) of a meeting and the personal feed, read back with ical4j as a calendar program
 * would: one all-day event over the meeting's dates, one event per timed agenda item at the right instant.
 */
@HomewardTest
class CalendarTest {

	@LocalServerPort
	int port;

	@Autowired
	Organizations organizations;

	@Test
	void aMeetingIsAnAllDayEventAndEachTimedItemAnEventAtItsLocalTime() throws Exception {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		LocalDate day = LocalDate.now().plusDays(33);
		Map<String, Object> details = meeting("Calendar meeting, Almaty", day, day.plusDays(1));
		details.put("city", "Almaty");
		details.put("venue", "Conference hall");
		details.put("timeZone", "Asia/Almaty");
		details.put("titleRu", "Заседание в Алматы");
		var created = secretariat.post("/api/v1/council/meetings", details);
		String id = created.json().get("id").asString();
		addItem(secretariat, id, item("OPENING_CEREMONY", "Opening ceremony", 1, "09:30", "10:00"));
		addItem(secretariat, id, item("BREAKOUT_SESSION", "Breakout A", 2, "10:30", "12:00"));
		addItem(secretariat, id, item("BREAKOUT_SESSION", "Breakout B", 2, "10:30", "12:00"));
		addItem(secretariat, id, item("CLOSING", "Closing without a time", 3, null, null));

		var response = secretariat.get("/api/v1/council/meetings/" + id + "/calendar.ics");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(response.text()));
		calendar.validate();

		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).hasSize(4);
		VEvent whole = event(events, "Calendar meeting, Almaty");
		assertThat((Object) whole.getStartDate().orElseThrow().getDate()).isEqualTo(day);
		assertThat((Object) whole.getEndDate().orElseThrow().getDate()).isEqualTo(day.plusDays(2));
		assertThat(whole.getLocation().getValue()).isEqualTo("Conference hall, Almaty");
		assertThat(whole.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/council/meetings/" + id);

		VEvent opening = event(events, "Opening ceremony");
		Instant start = Instant.from(opening.getStartDate().orElseThrow().getDate());
		assertThat(start).isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(9, 30))
				.atZone(ZoneId.of("Asia/Almaty")).toInstant());
		assertThat(Instant.from(event(events, "Breakout A").getStartDate().orElseThrow().getDate()))
				.isEqualTo(Instant.from(event(events, "Breakout B").getStartDate().orElseThrow().getDate()));

		Set<String> uids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue())
				.collect(Collectors.toSet());
		assertThat(uids).hasSize(4);
		events.forEach(e -> assertThat(e.getProperties(Property.DTSTAMP)).hasSize(1));

		// A Russian reader's calendar names the meeting in Russian; an item with no translation keeps its title.
		var russian = secretariat.inLanguage("ru").get("/api/v1/council/meetings/" + id + "/calendar.ics");
		List<VEvent> inRussian = new CalendarBuilder().build(new StringReader(russian.text()))
				.getComponents(Component.VEVENT);
		assertThat(inRussian.stream().map(e -> e.getSummary().getValue()))
				.contains("Заседание в Алматы", "Opening ceremony").doesNotContain("Calendar meeting, Almaty");
	}

	@Test
	void thePersonalFeedHoldsTheMeetingsTheExpertsOrganizationIsInvitedToAndNoOther() throws Exception {
		Http secretariat = new Http(port).as(Demo.SECRETARIAT);
		String invited = scheduleMeeting(secretariat, "Feed meeting with UNOCT", LocalDate.now().plusDays(34));
		invite(secretariat, invited, organization(organizations, "UNOCT"));
		String other = scheduleMeeting(secretariat, "Feed meeting without UNOCT", LocalDate.now().plusDays(35));

		String feed = new Http(port).as(Demo.EXPERT).get("/api/v1/council/meetings/calendar.ics").text();
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
		calendar.validate();
		List<String> summaries = calendar.<VEvent>getComponents(Component.VEVENT).stream()
				.map(e -> e.getSummary().getValue()).toList();
		assertThat(summaries).contains("Feed meeting with UNOCT").doesNotContain("Feed meeting without UNOCT");
		assertThat(feed).doesNotContain(other);

		String secretariatFeed = Pages.signIn(port, Demo.SECRETARIAT).get("/council/calendar.ics").html();
		assertThat(new CalendarBuilder().build(new StringReader(secretariatFeed)).<VEvent>getComponents(Component.VEVENT)
				.stream().map(e -> e.getSummary().getValue()).toList())
				.contains("Feed meeting with UNOCT", "Feed meeting without UNOCT");
	}

	private static VEvent event(List<VEvent> events, String summary) {
		return events.stream().filter(e -> e.getSummary().getValue().equals(summary)).findFirst().orElseThrow();
	}
}

package org.homeward.council.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.homeward.accounts.CurrentUser;
import org.homeward.council.AgendaItem;
import org.homeward.council.Invitation;
import org.homeward.council.Invitations;
import org.homeward.council.Meeting;
import org.homeward.council.MeetingRole;
import org.homeward.council.MeetingStatus;
import org.homeward.council.Meetings;
import org.homeward.council.Rsvp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545), written by ical4j: a meeting as an all-day event over its dates, and each agenda
 * item with a time as an event of its own, in UTC converted from the meeting's zone, so that every calendar shows
 * it at the right hour. A personal feed holds the meetings the reader's organisation is invited to or takes part
 * in (all of them for the secretariat), minus those it declined; a cancelled meeting stays in the feed, marked
 * cancelled, so that calendars remove it.
 */
@Component
class MeetingCalendar {

	private static final String PRODUCT = "-//Homeward//Regional Expert Council//EN";
	private static final String DOMAIN = "@homeward.council";

	private final Meetings meetings;
	private final Invitations invitations;
	private final MessageSource messages;
	/** The public address of Homeward, for the links in calendars: never taken from the request's Host header. */
	private final String baseUrl;

	MeetingCalendar(Meetings meetings, Invitations invitations, MessageSource messages,
			@Value("${homeward.base-url:http://localhost:8080}") String baseUrl) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** One meeting, as a download; titles in the reader's language. */
	ResponseEntity<String> ofMeeting(UUID id, CurrentUser user, Locale locale) {
		Meeting meeting = meetings.meeting(id, user);
		Calendar calendar = calendar(meeting.title(locale));
		add(calendar, meeting, meetings.agenda(id, user), baseUrl, locale);
		return Downloads.calendar("meeting.ics", write(calendar));
	}

	/** The reader's personal feed, as a download. */
	ResponseEntity<String> feed(CurrentUser user, Locale locale) {
		Map<UUID, MeetingRole> roles = meetings.rolesOfMyOrganization(user);
		Set<UUID> declined = invitations.ofMyOrganization(user).stream().filter(i -> i.rsvp() == Rsvp.DECLINED)
				.map(Invitation::meetingId).collect(Collectors.toSet());
		Calendar calendar = calendar(messages.getMessage("council.calendar.name", null, locale));
		for (Meeting meeting : meetings.meetings(user)) {
			boolean onlyInvited = !roles.containsKey(meeting.id()) || roles.get(meeting.id()) == MeetingRole.INVITED;
			if (declined.contains(meeting.id()) && onlyInvited) {
				continue;
			}
			add(calendar, meeting, meetings.agenda(meeting.id(), user), baseUrl, locale);
		}
		return Downloads.calendar("council.ics", write(calendar));
	}

	private static Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		return calendar;
	}

	private static void add(Calendar calendar, Meeting meeting, List<AgendaItem> agenda, String baseUrl,
			Locale locale) {
		URI page = URI.create(baseUrl + "/council/meetings/" + meeting.id());
		VEvent event = new VEvent(meeting.startsOn(), meeting.endsOn().plusDays(1), meeting.title(locale));
		event.add(new Uid("meeting-" + meeting.id() + DOMAIN));
		event.replace(new DtStamp(meeting.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		String place = join(meeting.venue(), meeting.city());
		if (!place.isEmpty()) {
			event.add(new Location(place));
		}
		event.add(new Status(status(meeting.status())));
		event.add(new Url(page));
		if (meeting.note() != null) {
			event.add(new Description(meeting.note()));
		}
		calendar.add(event);
		ZoneId zone = ZoneId.of(meeting.timeZone());
		for (AgendaItem item : agenda) {
			if (item.startsAt() == null) {
				continue;
			}
			Instant start = ZonedDateTime.of(item.day(), item.startsAt(), zone).toInstant();
			String title = item.title(locale);
			VEvent session = item.endsAt() == null ? new VEvent(start, title)
					: new VEvent(start, ZonedDateTime.of(item.day(), item.endsAt(), zone).toInstant(), title);
			session.add(new Uid("agenda-" + item.id() + DOMAIN));
			session.replace(new DtStamp(meeting.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
			String room = join(item.room(), place);
			if (!room.isEmpty()) {
				session.add(new Location(room));
			}
			session.add(new Status(status(meeting.status())));
			session.add(new Description(meeting.title(locale)));
			session.add(new Url(page));
			calendar.add(session);
		}
	}

	private static String status(MeetingStatus status) {
		return switch (status) {
			case PLANNED -> Status.VALUE_TENTATIVE;
			case CANCELLED -> Status.VALUE_CANCELLED;
			default -> Status.VALUE_CONFIRMED;
		};
	}

	private static String join(String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part.strip());
			}
		}
		return present.stream().filter(Objects::nonNull).collect(Collectors.joining(", "));
	}

	private static String write(Calendar calendar) {
		try {
			StringWriter out = new StringWriter();
			new CalendarOutputter(false).output(calendar, out);
			return out.toString();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

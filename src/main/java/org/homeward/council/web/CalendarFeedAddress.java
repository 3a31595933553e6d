package org.homeward.council.web;

import java.util.Locale;

import org.homeward.accounts.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The personal Council feed at its tokenised address, for calendar programs that cannot sign in. The token in the
 * address is checked before this runs (the accounts module's calendar-feed tokens), and the feed is the one its owner
 * sees signed in.
 */
@Controller
class CalendarFeedAddress {

	private final MeetingCalendar calendar;

	CalendarFeedAddress(MeetingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/feeds/{token}/council.ics")
	ResponseEntity<String> feed(CurrentUser user, Locale locale) {
		return calendar.feed(user, locale);
	}
}

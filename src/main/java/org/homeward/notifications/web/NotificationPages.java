package org.homeward.notifications.web;

import java.time.Duration;
import java.util.Locale;

import org.homeward.accounts.CurrentUser;
import org.homeward.notifications.Notifications;
import org.homeward.shared.web.Dates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notifications page. */
@Controller
class NotificationPages {

	private final Notifications notifications;
	private final Notices notices;
	private final Dates dates;
	private final Duration keptFor;

	NotificationPages(Notifications notifications, Notices notices, Dates dates,
			@Value("${homeward.notifications.keep-for:180d}") Duration keptFor) {
		this.notifications = notifications;
		this.notices = notices;
		this.dates = dates;
		this.keptFor = keptFor;
	}

	@GetMapping("/notifications")
	String page(CurrentUser user, Model model, Locale locale) {
		var recent = notifications.recent(user);
		model.addAttribute("notifications", recent);
		model.addAttribute("days", notices.byDay(recent, user, locale));
		model.addAttribute("today", dates.today());
		model.addAttribute("keptDays", keptFor.toDays());
		return "notifications/list";
	}

	@PostMapping("/notifications/read")
	String markRead(CurrentUser user) {
		notifications.markAllRead(user);
		return "redirect:/notifications";
	}
}

package org.homeward.notifications.web;

import org.homeward.accounts.CurrentUser;
import org.homeward.notifications.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The user's notifications page. */
@Controller
class NotificationPages {

	private final Notifications notifications;

	NotificationPages(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String page(CurrentUser user, Model model) {
		model.addAttribute("notifications", notifications.recent(user));
		return "notifications/list";
	}

	@PostMapping("/notifications/read")
	String markRead(CurrentUser user) {
		notifications.markAllRead(user);
		return "redirect:/notifications";
	}
}

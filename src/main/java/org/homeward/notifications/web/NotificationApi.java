package org.homeward.notifications.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.homeward.accounts.CurrentUser;
import org.homeward.notifications.Notification;
import org.homeward.notifications.Notifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The user's notifications over HTTP. */
@RestController
@Tag(name = "Notifications", description = "Your own notices: referrals received, accepted, overdue; consent "
		+ "withdrawn; Council invitations and reminders, recommendations addressed to you, progress reports to review "
		+ "and the review of yours")
class NotificationApi {

	private final Notifications notifications;

	NotificationApi(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "Your latest notifications, newest first")
	List<Notification> recent(CurrentUser user) {
		return notifications.recent(user);
	}
}

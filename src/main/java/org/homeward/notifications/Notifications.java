package org.homeward.notifications;

import java.util.List;

import org.homeward.accounts.CurrentUser;
import org.homeward.notifications.internal.NotificationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own notifications. */
@Service
public class Notifications {

	private final NotificationStore notifications;

	Notifications(NotificationStore notifications) {
		this.notifications = notifications;
	}

	@Transactional(readOnly = true)
	public List<Notification> recent(CurrentUser user) {
		return notifications.recent(user.id(), 100);
	}

	@Transactional(readOnly = true)
	public long unread(CurrentUser user) {
		return notifications.unread(user.id());
	}

	@Transactional
	public void markAllRead(CurrentUser user) {
		notifications.markAllRead(user.id());
	}
}

package org.homeward.notifications;

import java.util.List;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseProjection;
import org.homeward.cases.HeaderField;
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

	/** The user's latest notices, newest first; a case's number only for those who see case numbers. */
	@Transactional(readOnly = true)
	public List<Notification> recent(CurrentUser user) {
		boolean numbers = CaseProjection.listFields(user).contains(HeaderField.CASE_NUMBER);
		return notifications.recent(user.id(), 100).stream().map(n -> numbers ? n : n.withoutCaseNumber()).toList();
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

package org.homeward.notifications.internal;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.SecondFactorsReset;
import org.homeward.notifications.Notification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a user what an administrator did to their sign-in: a reset of their second factors. Also by e-mail, so that
 * someone whose account was reset without asking hears of it outside Homeward.
 */
@Component
class AccountNotices {

	private final NotificationStore notifications;
	private final NotificationMail mail;
	private final Accounts accounts;

	AccountNotices(NotificationStore notifications, NotificationMail mail, Accounts accounts) {
		this.notifications = notifications;
		this.mail = mail;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(SecondFactorsReset event) {
		accounts.staffMember(event.userId()).ifPresent(user -> {
			var id = notifications.insert(user.id(), Notification.Kind.SECOND_FACTORS_RESET,
					new NotificationStore.About(null, null, null, null, null));
			if (mail.send(user.email(), Notification.Kind.SECOND_FACTORS_RESET)) {
				notifications.mailed(id);
			}
		});
	}
}

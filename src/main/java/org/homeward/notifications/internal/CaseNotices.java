package org.homeward.notifications.internal;

import java.util.Objects;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.Role;
import org.homeward.accounts.UserAccount;
import org.homeward.cases.Cases;
import org.homeward.cases.ClosureRequested;
import org.homeward.cases.TransferRequested;
import org.homeward.notifications.Notification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells those who decide that a decision waits for them: the national coordinator of a closure asked for, the
 * receiving region's coordinator (and the national one) of a transfer into their region. The notice names the case
 * by its number, never the person.
 */
@Component
class CaseNotices {

	private final NotificationStore notifications;
	private final NotificationMail mail;
	private final Accounts accounts;
	private final Cases cases;

	CaseNotices(NotificationStore notifications, NotificationMail mail, Accounts accounts, Cases cases) {
		this.notifications = notifications;
		this.mail = mail;
		this.accounts = accounts;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(ClosureRequested event) {
		for (UserAccount coordinator : accounts.activeStaff(Role.COORDINATOR)) {
			if (coordinator.regionId() == null) {
				notify(coordinator, Notification.Kind.CLOSURE_REQUESTED, event.caseId(), null);
			}
		}
	}

	@ApplicationModuleListener
	void on(TransferRequested event) {
		for (UserAccount coordinator : accounts.activeStaff(Role.COORDINATOR)) {
			if (coordinator.regionId() == null || Objects.equals(coordinator.regionId(), event.toRegionId())) {
				notify(coordinator, Notification.Kind.TRANSFER_REQUESTED, event.caseId(), null);
			}
		}
	}

	private void notify(UserAccount coordinator, Notification.Kind kind, UUID caseId, UUID organizationId) {
		UUID id = notifications.insert(coordinator.id(), kind, new NotificationStore.About(caseId, null, null,
				organizationId, cases.numberOf(caseId).orElse(null)));
		if (mail.send(coordinator.email(), kind)) {
			notifications.mailed(id);
		}
	}
}

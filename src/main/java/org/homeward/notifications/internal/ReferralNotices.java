package org.homeward.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.UserAccount;
import org.homeward.notifications.Notification;
import org.homeward.referrals.Events;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to referrals and consent into notices for the people concerned: the receiving organisation's
 * staff, and the one who referred. Runs after the change is committed, from the event publication registry, so
 * that a notice is never sent for a change that did not happen, nor lost if the node stops in between.
 */
@Component
class ReferralNotices {

	private final NotificationStore notifications;
	private final NotificationMail mail;
	private final Accounts accounts;

	ReferralNotices(NotificationStore notifications, NotificationMail mail, Accounts accounts) {
		this.notifications = notifications;
		this.mail = mail;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(Events.ReferralRequested event) {
		notify(staffOf(event.toOrganizationId()), Notification.Kind.REFERRAL_RECEIVED, event.caseId(),
				event.referralId());
	}

	@ApplicationModuleListener
	void on(Events.ReferralAccepted event) {
		notify(Set.of(event.referredBy()), Notification.Kind.REFERRAL_ACCEPTED, event.caseId(), event.referralId());
	}

	@ApplicationModuleListener
	void on(Events.ReferralOverdue event) {
		Set<UUID> people = staffOf(event.toOrganizationId());
		people.add(event.referredBy());
		notify(people, Notification.Kind.REFERRAL_OVERDUE, event.caseId(), event.referralId());
	}

	@ApplicationModuleListener
	void on(Events.ConsentWithdrawn event) {
		for (Events.SuspendedReferral referral : event.suspended()) {
			notify(staffOf(referral.toOrganizationId()), Notification.Kind.CONSENT_WITHDRAWN, referral.caseId(),
					referral.referralId());
		}
		if (event.caseManagerId() != null) {
			notify(Set.of(event.caseManagerId()), Notification.Kind.CONSENT_WITHDRAWN,
					event.suspended().isEmpty() ? null : event.suspended().get(0).caseId(), null);
		}
	}

	private Set<UUID> staffOf(UUID organizationId) {
		Set<UUID> people = new LinkedHashSet<>();
		accounts.activeStaffOf(organizationId).forEach(u -> people.add(u.id()));
		return people;
	}

	private void notify(Set<UUID> people, Notification.Kind kind, UUID caseId, UUID referralId) {
		for (UUID person : people) {
			UUID id = notifications.insert(person, kind, caseId, referralId);
			String address = accounts.staffMember(person).map(UserAccount::email).orElse(null);
			if (mail.send(address, kind)) {
				notifications.mailed(id);
			}
		}
	}
}

package org.homeward.notifications.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.UserAccount;
import org.homeward.cases.Cases;
import org.homeward.notifications.Notification;
import org.homeward.referrals.Events;
import org.homeward.referrals.ReferralFacts;
import org.homeward.referrals.Referrals;
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
	private final Referrals referrals;
	private final Cases cases;

	ReferralNotices(NotificationStore notifications, NotificationMail mail, Accounts accounts, Referrals referrals,
			Cases cases) {
		this.notifications = notifications;
		this.mail = mail;
		this.accounts = accounts;
		this.referrals = referrals;
		this.cases = cases;
	}

	@ApplicationModuleListener
	void on(Events.ReferralRequested event) {
		notify(staffOf(event.toOrganizationId()), Notification.Kind.REFERRAL_RECEIVED,
				about(event.referralId(), event.caseId(), true));
	}

	@ApplicationModuleListener
	void on(Events.ReferralAccepted event) {
		notify(Set.of(event.referredBy()), Notification.Kind.REFERRAL_ACCEPTED,
				about(event.referralId(), event.caseId(), false));
	}

	@ApplicationModuleListener
	void on(Events.ReferralOverdue event) {
		Set<UUID> receivers = staffOf(event.toOrganizationId());
		receivers.remove(event.referredBy());
		notify(receivers, Notification.Kind.REFERRAL_OVERDUE, about(event.referralId(), event.caseId(), true));
		notify(Set.of(event.referredBy()), Notification.Kind.REFERRAL_OVERDUE,
				about(event.referralId(), event.caseId(), false));
	}

	@ApplicationModuleListener
	void on(Events.ConsentWithdrawn event) {
		for (Events.SuspendedReferral referral : event.suspended()) {
			notify(staffOf(referral.toOrganizationId()), Notification.Kind.CONSENT_WITHDRAWN,
					about(referral.referralId(), referral.caseId(), true));
		}
		if (event.caseManagerId() != null) {
			UUID caseId = event.suspended().isEmpty() ? null : event.suspended().get(0).caseId();
			notify(Set.of(event.caseManagerId()), Notification.Kind.CONSENT_WITHDRAWN, new NotificationStore.About(
					caseId, null, null, null, caseId == null ? null : cases.numberOf(caseId).orElse(null)));
		}
	}

	/**
	 * What a notice about a referral says: its service, the organisation on the other side (for the receiving
	 * organisation, the one that referred; for the one who referred, the one that received) and the case's number.
	 */
	private NotificationStore.About about(UUID referralId, UUID caseId, boolean toReceiver) {
		var facts = referrals.facts(referralId);
		return new NotificationStore.About(caseId, referralId, facts.map(ReferralFacts::serviceCode).orElse(null),
				facts.map(f -> toReceiver ? f.fromOrganizationId() : f.toOrganizationId()).orElse(null),
				cases.numberOf(caseId).orElse(null));
	}

	private Set<UUID> staffOf(UUID organizationId) {
		Set<UUID> people = new LinkedHashSet<>();
		accounts.activeStaffOf(organizationId).forEach(u -> people.add(u.id()));
		return people;
	}

	private void notify(Set<UUID> people, Notification.Kind kind, NotificationStore.About about) {
		for (UUID person : people) {
			UUID id = notifications.insert(person, kind, about);
			String address = accounts.staffMember(person).map(UserAccount::email).orElse(null);
			if (mail.send(address, kind)) {
				notifications.mailed(id);
			}
		}
	}
}

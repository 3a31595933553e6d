package org.homeward.notifications.internal;

import java.util.List;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.Role;
import org.homeward.accounts.UserAccount;
import org.homeward.council.InvitationReminderSent;
import org.homeward.council.InvitationSent;
import org.homeward.council.ProgressReported;
import org.homeward.council.RecommendationAdopted;
import org.homeward.council.ReportReviewed;
import org.homeward.notifications.Notification;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the Council's people of what waits for them: an invited organisation's Council members of the invitation
 * and of each reminder, the addressees' members of a recommendation adopted, the secretariat of a progress report
 * to review, and its author of the review. Like the referral notices, it runs after the change is committed, from
 * the event publication registry.
 */
@Component
class CouncilNotices {

	private final NotificationStore notifications;
	private final NotificationMail mail;
	private final Accounts accounts;
	private final Organizations organizations;

	CouncilNotices(NotificationStore notifications, NotificationMail mail, Accounts accounts,
			Organizations organizations) {
		this.notifications = notifications;
		this.mail = mail;
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@ApplicationModuleListener
	void on(InvitationSent event) {
		notify(councilMembersOf(event.organizationId()), Notification.Kind.COUNCIL_INVITATION, event.meetingId(), null);
	}

	@ApplicationModuleListener
	void on(InvitationReminderSent event) {
		notify(councilMembersOf(event.organizationId()), Notification.Kind.COUNCIL_INVITATION_REMINDER,
				event.meetingId(), null);
	}

	/** The addressees' Council members: of an addressed organisation, or of any organisation of an addressed state. */
	@ApplicationModuleListener
	void on(RecommendationAdopted event) {
		List<UserAccount> addressed = accounts.activeStaff(Role.COUNCIL_MEMBER).stream()
				.filter(u -> u.organizationId() != null)
				.filter(u -> event.organizationIds().contains(u.organizationId())
						|| organizations.organization(u.organizationId()).map(Organization::countryCode)
								.filter(event.countryCodes()::contains).isPresent())
				.toList();
		notify(addressed, Notification.Kind.COUNCIL_RECOMMENDATION_ADDRESSED, null, event.recommendationId());
	}

	@ApplicationModuleListener
	void on(ProgressReported event) {
		notify(accounts.activeStaff(Role.COUNCIL_SECRETARIAT), Notification.Kind.COUNCIL_PROGRESS_REPORTED, null,
				event.recommendationId());
	}

	@ApplicationModuleListener
	void on(ReportReviewed event) {
		Notification.Kind kind = event.accepted() ? Notification.Kind.COUNCIL_REPORT_ACCEPTED
				: Notification.Kind.COUNCIL_REPORT_RETURNED;
		notify(accounts.findByUsername(event.submittedBy()).filter(UserAccount::active).stream().toList(), kind, null,
				event.recommendationId());
	}

	/** Only the organisation's Council members: its case workers have nothing to do with the Council. */
	private List<UserAccount> councilMembersOf(UUID organizationId) {
		return accounts.activeStaffOf(organizationId).stream().filter(u -> u.roles().contains(Role.COUNCIL_MEMBER))
				.toList();
	}

	private void notify(List<UserAccount> people, Notification.Kind kind, UUID meetingId, UUID recommendationId) {
		for (UserAccount person : people) {
			UUID id = notifications.insertCouncil(person.id(), kind, meetingId, recommendationId);
			if (mail.send(person.email(), kind)) {
				notifications.mailed(id);
			}
		}
	}
}

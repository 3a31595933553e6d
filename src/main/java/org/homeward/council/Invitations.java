package org.homeward.council;

import java.util.List;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.council.ParticipationCommands.Invite;
import org.homeward.council.ParticipationCommands.Respond;
import org.homeward.council.internal.Directory;
import org.homeward.council.internal.MeetingStore;
import org.homeward.council.internal.ParticipationStore;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of organisations to meetings: the secretariat invites and reminds; the invited organisation's members
 * accept or decline. A member sees only their own organisation's invitations.
 */
@Service
public class Invitations {

	private final ParticipationStore store;
	private final MeetingStore meetings;
	private final Organizations organizations;
	private final CouncilAccess access;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	Invitations(ParticipationStore store, MeetingStore meetings, Organizations organizations, CouncilAccess access,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.meetings = meetings;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
		this.events = events;
	}

	/** A meeting's invitations: all of them for the secretariat, the user's organisation's for a member. */
	@Transactional(readOnly = true)
	public List<Invitation> ofMeeting(UUID meetingId, CurrentUser user) {
		access.standing(meetingId, user);
		List<Invitation> all = store.invitationsOfMeeting(meetingId, Directory.of(organizations));
		return access.secretariat(user) ? all
				: all.stream().filter(i -> i.organization().id().equals(user.organizationId())).toList();
	}

	/** The invitations of the user's own organisation, latest meeting first. */
	@Transactional(readOnly = true)
	public List<Invitation> ofMyOrganization(CurrentUser user) {
		access.requireCouncil(user);
		return user.organizationId() == null ? List.of()
				: store.invitationsOfOrganization(user.organizationId(), Directory.of(organizations));
	}

	@Transactional(readOnly = true)
	public Invitation invitation(UUID id, CurrentUser user) {
		access.requireCouncil(user);
		Invitation invitation = store.invitation(id, Directory.of(organizations))
				.orElseThrow(() -> new RecordNotFound(ParticipationStore.INVITATION));
		if (!access.secretariat(user) && !invitation.organization().id().equals(user.organizationId())) {
			throw new RecordNotFound(ParticipationStore.INVITATION);
		}
		return invitation;
	}

	/** Invites an organisation; it gets the role "invited" in the meeting unless it has a role already. */
	@Transactional
	public Invitation invite(UUID meetingId, Invite command, CurrentUser user) {
		access.requireSecretariat(user);
		Meeting meeting = access.meeting(meetingId, user);
		var organization = organizations.organization(command.organizationId()).filter(Organization::active)
				.orElseThrow(() -> new UnknownReference("organizationId", "council.organization.unknown"));
		if (meeting.status().isClosed()) {
			throw new Refused("council.meeting.closed");
		}
		UUID id = store.invite(meetingId, organization.id(), user.username());
		meetings.addRoleIfAbsent(meetingId, organization.id(), MeetingRole.INVITED);
		audit.record(user.actor(), AuditAction.CREATE, ParticipationStore.INVITATION, id, "meeting " + meetingId);
		events.publishEvent(new InvitationSent(id, meetingId, organization.id()));
		return invitation(id, user);
	}

	/**
	 * The invited organisation answers, through one of its members (or the secretariat records an answer that came
	 * another way), until the meeting is held.
	 */
	@Transactional
	public Invitation respond(UUID id, Respond command, CurrentUser user) {
		Invitation invitation = invitation(id, user);
		if (command.rsvp() == Rsvp.PENDING) {
			throw new Refused("council.invitation.answer");
		}
		if (meetings.find(invitation.meetingId()).orElseThrow().status().isClosed()) {
			throw new Refused("council.meeting.closed");
		}
		store.respond(id, command.version(), command.rsvp(), command.note(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, ParticipationStore.INVITATION, id, "rsvp " + command.rsvp());
		return invitation(id, user);
	}

	/** The secretariat reminds an organisation that has not answered; the reminder is shown to its members. */
	@Transactional
	public Invitation remind(UUID id, CurrentUser user) {
		if (!access.secretariat(user)) {
			throw new AccessDeniedException("the secretariat reminds");
		}
		Invitation invitation = invitation(id, user);
		if (invitation.rsvp() != Rsvp.PENDING) {
			throw new Refused("council.invitation.notPending");
		}
		if (meetings.find(invitation.meetingId()).orElseThrow().status().isClosed()) {
			throw new Refused("council.meeting.closed");
		}
		store.remind(id, user.username(), false);
		audit.record(user.actor(), AuditAction.UPDATE, ParticipationStore.INVITATION, id, "reminded");
		events.publishEvent(new InvitationReminderSent(id, invitation.meetingId(), invitation.organization().id(),
				false));
		return invitation(id, user);
	}
}

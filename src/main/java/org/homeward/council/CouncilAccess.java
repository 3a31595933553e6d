package org.homeward.council;

import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.council.internal.MeetingStore;
import org.homeward.council.internal.ParticipationStore;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.shared.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The Council's access rules in one place. Only the two Council roles reach anything of the Council (a case manager
 * who is not also a Council member sees nothing of it); the secretariat sees and edits everything; a member sees the
 * meetings their organisation has a role in or an invitation to, and a meeting out of their reach is answered as
 * not found, so that its existence is not confirmed.
 */
@Component
class CouncilAccess {

	private final MeetingStore meetings;
	private final ParticipationStore participation;
	private final Organizations organizations;

	CouncilAccess(MeetingStore meetings, ParticipationStore participation, Organizations organizations) {
		this.meetings = meetings;
		this.participation = participation;
		this.organizations = organizations;
	}

	void requireCouncil(CurrentUser user) {
		if (user == null || !user.hasAny(Role.COUNCIL_SECRETARIAT, Role.COUNCIL_MEMBER)) {
			throw new AccessDeniedException("the Council's roles only");
		}
	}

	boolean secretariat(CurrentUser user) {
		return user != null && user.has(Role.COUNCIL_SECRETARIAT);
	}

	void requireSecretariat(CurrentUser user) {
		requireCouncil(user);
		if (!secretariat(user)) {
			throw new AccessDeniedException("the secretariat edits the Council's records");
		}
	}

	/** The meeting, if the user may see it; else not found. */
	Meeting meeting(UUID id, CurrentUser user) {
		standing(id, user);
		return meetings.find(id).orElseThrow(() -> new RecordNotFound(MeetingStore.RECORD_TYPE));
	}

	/** Where the user stands towards the meeting; not found if they may not see it. */
	Standing standing(UUID meetingId, CurrentUser user) {
		requireCouncil(user);
		if (meetings.find(meetingId).isEmpty()) {
			throw new RecordNotFound(MeetingStore.RECORD_TYPE);
		}
		if (secretariat(user)) {
			return Standing.SECRETARIAT;
		}
		UUID organization = user.organizationId();
		if (organization == null || !meetings.concerns(meetingId, organization)) {
			throw new RecordNotFound(MeetingStore.RECORD_TYPE);
		}
		Optional<MeetingRole> role = meetings.roleOf(meetingId, organization);
		if (role.isPresent() && role.get() != MeetingRole.INVITED) {
			return Standing.TAKING_PART;
		}
		boolean accepted = participation.rsvpOf(meetingId, organization).map(r -> r == Rsvp.ACCEPTED).orElse(false);
		return accepted ? Standing.TAKING_PART : Standing.INVITED;
	}

	/** The state of the user's organisation, if it belongs to one. */
	Optional<String> countryOf(CurrentUser user) {
		return organizations.organization(user.organizationId()).map(Organization::countryCode);
	}
}

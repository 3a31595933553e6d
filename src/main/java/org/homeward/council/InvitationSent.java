package org.homeward.council;

import java.util.UUID;

/** The secretariat invited an organisation to a meeting; a notifier may tell its members. */
public record InvitationSent(UUID invitationId, UUID meetingId, UUID organizationId) {
}

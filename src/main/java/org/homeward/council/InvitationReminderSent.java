package org.homeward.council;

import java.util.UUID;

/**
 * A pending invitation was reminded, by the secretariat or by the daily schedule. Homeward shows reminders in the
 * app; a notifier may also send them by e-mail.
 */
public record InvitationReminderSent(UUID invitationId, UUID meetingId, UUID organizationId, boolean scheduled) {
}

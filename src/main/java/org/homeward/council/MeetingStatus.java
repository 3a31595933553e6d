package org.homeward.council;

/** Where a meeting stands: planned by the secretariat, announced to the invitees, held, or cancelled. */
public enum MeetingStatus {
	PLANNED,
	ANNOUNCED,
	HELD,
	CANCELLED;

	/** A meeting that has taken place or will not: invitations, registrations and reminders are closed. */
	public boolean isClosed() {
		return this == HELD || this == CANCELLED;
	}
}

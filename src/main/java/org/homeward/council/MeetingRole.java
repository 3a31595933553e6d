package org.homeward.council;

/** An organisation's part in a meeting, as the announcement names it. */
public enum MeetingRole {
	ORGANISER,
	PARTICIPANT,
	INVITED
}

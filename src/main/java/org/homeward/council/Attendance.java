package org.homeward.council;

/** Whether a registered participant came, as the secretariat records it on the day. */
public enum Attendance {
	PRESENT,
	ABSENT,
	EXCUSED
}

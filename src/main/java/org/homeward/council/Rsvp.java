package org.homeward.council;

/** An invited organisation's answer. */
public enum Rsvp {
	PENDING,
	ACCEPTED,
	DECLINED
}

package org.homeward.council;

/** The kinds of agenda items; only breakout sessions run in parallel. */
public enum AgendaKind {
	OPENING_CEREMONY,
	PLENARY,
	BREAKOUT_SESSION,
	CLOSING
}

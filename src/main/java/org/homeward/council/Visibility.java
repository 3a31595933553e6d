package org.homeward.council;

/**
 * Who sees a meeting material: everyone who sees the meeting (fit to publish), those taking part (organisers,
 * participants and organisations that accepted their invitation), or the secretariat alone.
 */
public enum Visibility {
	PUBLIC,
	PARTICIPANTS,
	SECRETARIAT
}

package org.homeward.council;

/** A good practice's way into the library: a member's draft, reviewed by the secretariat, then published. */
public enum PracticeStatus {
	DRAFT,
	REVIEWED,
	PUBLISHED
}

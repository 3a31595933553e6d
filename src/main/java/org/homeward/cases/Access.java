package org.homeward.cases;

/**
 * How far a user reaches into a section of a case, from nothing to writing it. Ordered: each level includes the
 * ones before it, except that {@link #MINIMAL} applies to the core profile only.
 */
public enum Access {
	/** Nothing, not even that the section exists. */
	NONE,
	/** The minimal profile: name, age, locality. */
	MINIMAL,
	/** The section's status field only (e.g. "cleared", "on trial"), without notes or attachments. */
	STATUS,
	READ,
	WRITE;

	public boolean atLeast(Access other) {
		return compareTo(other) >= 0;
	}
}

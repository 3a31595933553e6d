package org.homeward.assessments;

/** How urgently a domain of a needs or best-interests assessment calls for action. */
public enum Priority {
	LOW,
	MEDIUM,
	HIGH
}

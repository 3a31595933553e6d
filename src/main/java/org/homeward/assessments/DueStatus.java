package org.homeward.assessments;

public enum DueStatus {
	/** Owed and not recorded yet. */
	DUE,
	/** Recorded. */
	DONE,
	/** No longer owed: the case was closed first. */
	CANCELLED
}

package org.homeward.assessments;

/** What an instrument's result is. */
public enum ScoringKind {
	/** A priority band per dimension (needs, best interests): the dimension scores say how much is at stake. */
	PRIORITY,
	/** Dimension scores from 0 to 1, higher is better, and their weighted composite (the progress index). */
	INDEX
}

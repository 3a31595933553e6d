package org.homeward.council;

/** What a person does in their delegation. */
public enum ParticipantFunction {
	HEAD_OF_DELEGATION,
	EXPERT,
	OBSERVER,
	SPEAKER
}

package org.homeward.council;

/** Whose work a practice is: the state's agencies together, or the whole society with them. */
public enum Approach {
	WHOLE_OF_GOVERNMENT,
	WHOLE_OF_SOCIETY
}

package org.homeward.council;

/**
 * Where the reader stands towards a meeting: the secretariat; a member whose organisation takes part (organiser,
 * participant, or an accepted invitation); or a member whose organisation is invited but has not accepted. Anyone
 * else does not see the meeting at all.
 */
public enum Standing {
	SECRETARIAT,
	TAKING_PART,
	INVITED;

	/** Whether a material of this visibility is shown to the reader. */
	public boolean sees(Visibility visibility) {
		return switch (visibility) {
			case PUBLIC -> true;
			case PARTICIPANTS -> this != INVITED;
			case SECRETARIAT -> this == SECRETARIAT;
		};
	}
}

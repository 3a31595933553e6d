package org.homeward.council;

/** How far an addressee has implemented a recommendation. */
public enum ImplementationStatus {
	NOT_STARTED,
	IN_PROGRESS,
	IMPLEMENTED,
	NOT_APPLICABLE;

	/** Nothing more is expected of the addressee: never overdue, and off the next meeting's follow-up list. */
	public boolean isSettled() {
		return this == IMPLEMENTED || this == NOT_APPLICABLE;
	}
}

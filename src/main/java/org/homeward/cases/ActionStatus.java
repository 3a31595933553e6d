package org.homeward.cases;

/** Where an action of the case plan stands. An action not done by its due date is overdue. */
public enum ActionStatus {
	PLANNED, IN_PROGRESS, DONE, CANCELLED;

	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}
}

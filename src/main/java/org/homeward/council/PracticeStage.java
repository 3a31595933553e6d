package org.homeward.council;

/** The stage of rehabilitation and reintegration a practice serves. */
public enum PracticeStage {
	REPATRIATION,
	RECEPTION_AND_ASSESSMENT,
	REHABILITATION,
	REINTEGRATION,
	AFTERCARE
}

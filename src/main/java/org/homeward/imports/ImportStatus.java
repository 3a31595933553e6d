package org.homeward.imports;

/** Where an import stands. */
public enum ImportStatus {
	UPLOADED, QUEUED, RUNNING, CHECKED, REFUSED, DONE, FAILED;

	public boolean finished() {
		return this == CHECKED || this == REFUSED || this == DONE || this == FAILED;
	}
}

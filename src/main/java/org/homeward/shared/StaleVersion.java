package org.homeward.shared;

/**
 * An edit made on an older version of a record than the one stored: someone else changed it in between. The edit
 * is refused whole, so that no change is silently overwritten; the caller shows the other change.
 *
 * @see #currentVersion()
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class StaleVersion extends RuntimeException {

	private final int attemptedVersion;
	private final int currentVersion;

	public StaleVersion(String recordType, int attemptedVersion, int currentVersion) {
		super(recordType + " was changed by someone else: edited version " + attemptedVersion + ", stored version "
				+ currentVersion);
		this.attemptedVersion = attemptedVersion;
		this.currentVersion = currentVersion;
	}

	public int attemptedVersion() {
		return attemptedVersion;
	}

	public int currentVersion() {
		return currentVersion;
	}
}

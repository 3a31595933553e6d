package org.homeward.audit;

/** What was done to a record. */
public enum AuditAction {
	/** A record's page or API resource was opened. */
	VIEW,
	/** A record appeared in a list or in search results. */
	LIST,
	CREATE,
	UPDATE,
	DELETE,
	/** A record left the system in a file (PDF, CSV). */
	EXPORT,
	LOGIN,
	LOGIN_FAILED,
	/** The auditor checked the integrity of the trail. */
	VERIFY
}

package org.homeward.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token or calendar-feed address as its owner sees it in their list; never the token itself, which is
 * shown once when it is made and then kept only as a hash.
 */
public record ApiToken(UUID id, Kind kind, String name, Scope scope, Instant createdAt, Instant expiresAt,
		Instant revokedAt, Instant lastUsedAt) {

	public boolean usable(Instant now) {
		return revokedAt == null && expiresAt.isAfter(now);
	}

	public enum Kind {
		/** For the REST API, in an {@code Authorization: Bearer} header. */
		API,
		/** The address of the user's calendar feed, read-only, for a calendar program that cannot sign in. */
		CALENDAR
	}

	public enum Scope {
		/** Reads only: GET, and the searches sent as POST so that no personal data travels in an address. */
		READ_ONLY,
		READ_WRITE
	}

	/** A token just made: the secret is in {@code token}, shown to its owner this once. */
	public record Issued(ApiToken token, String secret) {
	}
}

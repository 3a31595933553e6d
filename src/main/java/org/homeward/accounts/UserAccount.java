package org.homeward.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.homeward.organizations.Sector;

/**
 * An account as the administrator sees it; never its password hash.
 *
 * @param lockedUntil until when sign-in is locked after too many wrong passwords; none if it never was
 */
public record UserAccount(UUID id, int version, String username, String displayName, String email, Set<Role> roles,
		UUID organizationId, UUID regionId, Sector sector, boolean active, boolean mustChangePassword,
		Instant lastLoginAt, Instant lockedUntil) {

	/** Whether sign-in is locked now. */
	public boolean locked() {
		return lockedUntil != null && lockedUntil.isAfter(Instant.now());
	}
}

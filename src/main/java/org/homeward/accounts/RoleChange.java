package org.homeward.accounts;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A change of an account's roles, or a new password for an account that reads personal data, as an administrator
 * asked for it: applied at once, or waiting for a second administrator who approves or rejects it. Never the
 * password itself.
 *
 * @param username the account changed
 * @param rolesBefore the account's roles when the change was asked for
 * @param rolesAfter the roles asked for; for a password reset, the roles the account held or waited for
 * @param requestedBy the administrator who asked
 * @param decidedBy the second administrator who approved or rejected it, or the one who withdrew it; none while it
 *        waits, and none for a change applied at once
 */
public record RoleChange(UUID id, int version, UUID userId, String username, Kind kind, Status status,
		Set<Role> rolesBefore, Set<Role> rolesAfter, String requestedBy, Instant requestedAt, String decidedBy,
		Instant decidedAt) {

	public RoleChange {
		rolesBefore = ordered(rolesBefore);
		rolesAfter = ordered(rolesAfter);
	}

	public enum Kind {
		/** Roles granted or removed. */
		ROLES,
		/** A temporary password set by an administrator. */
		PASSWORD_RESET
	}

	public enum Status {
		/** Waits for a second administrator. */
		PENDING,
		APPROVED,
		REJECTED,
		/** Taken back by the administrator who asked. */
		WITHDRAWN,
		/** Took effect at once: nothing in it needed a second administrator. */
		APPLIED
	}

	/** The roles this change grants, in the order of {@link Role}. */
	public Set<Role> granted() {
		Set<Role> granted = EnumSet.noneOf(Role.class);
		granted.addAll(rolesAfter);
		granted.removeAll(rolesBefore);
		return granted;
	}

	/** The roles this change removes, in the order of {@link Role}. */
	public Set<Role> removed() {
		Set<Role> removed = EnumSet.noneOf(Role.class);
		removed.addAll(rolesBefore);
		removed.removeAll(rolesAfter);
		return removed;
	}

	public boolean pending() {
		return status == Status.PENDING;
	}

	private static Set<Role> ordered(Set<Role> roles) {
		Set<Role> ordered = EnumSet.noneOf(Role.class);
		ordered.addAll(roles);
		return Collections.unmodifiableSet(ordered);
	}
}

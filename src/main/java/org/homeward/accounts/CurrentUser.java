package org.homeward.accounts;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.audit.Actor;
import org.homeward.organizations.Sector;

/**
 * The signed-in user as the modules see them: who they are, their roles, and where they work. Controllers receive
 * it as a method parameter; services take it explicitly, so that every rule can be tested without a web request.
 *
 * @param organizationId the user's organisation; none only for an administrator
 * @param regionId the region the user works in; none for a national role
 * @param sector the sector of a sector specialist
 */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, UUID organizationId,
		UUID regionId, Sector sector) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		for (Role role : candidates) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/** The user as the audit trail records them. */
	public Actor actor() {
		String roleNames = roles.stream().sorted(Comparator.naturalOrder()).map(Enum::name)
				.collect(Collectors.joining(","));
		return new Actor(username, roleNames, organizationId);
	}
}

package org.homeward.registry;

import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The part of the registry a user may read and write (DESIGN.md §2): a coordinator without a region, the whole
 * country; a regional coordinator or a case manager, their region. Every other role reaches a person only through
 * a case it may see, never through the registry.
 *
 * @param regionId the region the user is limited to; none for the whole country
 */
public record RegistryScope(UUID regionId) {

	public static RegistryScope of(CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("not signed in");
		}
		if (user.has(Role.COORDINATOR)) {
			return new RegistryScope(user.regionId());
		}
		if (user.has(Role.CASE_MANAGER) && user.regionId() != null) {
			return new RegistryScope(user.regionId());
		}
		throw new AccessDeniedException("no registry access");
	}

	public boolean national() {
		return regionId == null;
	}

	public boolean covers(UUID region) {
		return national() || regionId.equals(region);
	}
}

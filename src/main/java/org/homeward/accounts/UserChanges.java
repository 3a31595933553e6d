package org.homeward.accounts;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.organizations.Sector;

/**
 * The administrator's edit of an account, made on the version they saw.
 *
 * @param roles the roles the account is to hold; none while all its roles still wait for a second administrator
 */
public record UserChanges(
		int version,
		@NotBlank @Size(max = 200) String displayName,
		@Email @Size(max = 200) String email,
		Set<Role> roles,
		UUID organizationId,
		UUID regionId,
		Sector sector) {

	public UserChanges {
		roles = roles == null ? Set.of() : roles;
	}
}

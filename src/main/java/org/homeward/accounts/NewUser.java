package org.homeward.accounts;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.organizations.Sector;

/** A user account as the administrator creates it. */
public record NewUser(
		@NotBlank @Size(min = 3, max = 60, message = "{validation.size.between}") @Pattern(regexp = "[a-z0-9._-]*", message = "{user.username.pattern}") String username,
		@NotBlank @Size(max = 200) String displayName,
		@NotBlank @Size(min = 12, max = 64, message = "{validation.size.between}") String password,
		@Email @Size(max = 200) String email,
		@NotEmpty Set<Role> roles,
		UUID organizationId,
		UUID regionId,
		Sector sector) {
}

package org.homeward.organizations;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation to add to the map, as the administrator types it. */
public record NewOrganization(
		@Size(max = 20) String abbreviation,
		@NotBlank @Size(max = 300) String nameEn,
		@NotBlank @Size(max = 300) String nameRu,
		@NotBlank @Size(max = 300) String nameUz,
		@NotNull OrganizationType type,
		Sector sector,
		@Pattern(regexp = "[A-Z]{2}") String countryCode,
		UUID regionId) {
}

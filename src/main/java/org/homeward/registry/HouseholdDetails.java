package org.homeward.registry;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A family group living together or receiving a returnee.
 *
 * @param label how workers refer to it, e.g. "Family of the receiving grandmother, Chilonzor"
 */
public record HouseholdDetails(
		@NotBlank @Size(max = 200) String label,
		@NotNull UUID regionId,
		@Size(max = 200) String locality,
		@Size(max = 300) String address) {
}

package org.homeward.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** An edit of a household, made on the version the worker saw. */
public record EditHousehold(int version, @NotNull @Valid HouseholdDetails household) {
}

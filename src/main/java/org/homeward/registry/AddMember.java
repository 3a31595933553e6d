package org.homeward.registry;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Adds a registered person to a household. */
public record AddMember(@NotNull UUID personId, @NotNull Relationship relationship) {
}

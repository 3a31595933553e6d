package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A household and its members. */
public record Household(UUID id, int version, HouseholdDetails details, List<HouseholdMember> members,
		Instant updatedAt, String updatedBy) {
}

package org.homeward.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A person in a household, and their place in it. */
public record HouseholdMember(UUID personId, String name, Sex sex, LocalDate birthDate, Relationship relationship) {
}

package org.homeward.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A person in a list or in search results. */
public record PersonSummary(UUID id, String latinName, String cyrillicName, Sex sex, LocalDate birthDate,
		boolean birthDateEstimated, PersonKind kind, UUID regionId, String locality, String operationName) {

	public String displayName() {
		return latinName.isEmpty() ? cyrillicName : latinName;
	}

	public int age() {
		return Period.between(birthDate, LocalDate.now()).getYears();
	}
}

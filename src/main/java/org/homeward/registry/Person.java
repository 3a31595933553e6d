package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * A registered person, as a coordinator or case manager sees them.
 *
 * @param details what was registered, as typed
 * @param operationName the name of the repatriation operation, e.g. "Mehr-1"
 */
public record Person(UUID id, int version, PersonDetails details, String operationName,
		List<IdentityDocument> documents, List<Membership> households, Instant createdAt, String createdBy,
		Instant updatedAt, String updatedBy) {

	public String latinName() {
		return PersonNames.join(details.surnameLatin(), details.givenNameLatin(), details.patronymicLatin());
	}

	public String cyrillicName() {
		return PersonNames.join(details.surnameCyrillic(), details.givenNameCyrillic(), details.patronymicCyrillic());
	}

	/** The name to show first: Latin when recorded, else Cyrillic. */
	public String displayName() {
		String latin = latinName();
		return latin.isEmpty() ? cyrillicName() : latin;
	}

	public int age() {
		return Period.between(details.birthDate(), LocalDate.now()).getYears();
	}

	/** A household the person belongs to, and their place in it. */
	public record Membership(UUID householdId, String householdLabel, Relationship relationship) {
	}
}

package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A person as a worker registers or edits them. Names are kept as typed, in any script; at least a surname and a
 * given name in Latin or in Cyrillic are needed.
 *
 * @param nameOriginal the name as written in the person's own documents, often in Arabic script
 * @param aliases other names the person is known by (kunya, names used abroad)
 * @param birthDateEstimated whether the date of birth is an estimate (no document, age assessed)
 * @param operationId the repatriation operation that brought the person home, if any
 * @param regionId the region where the person lives now, which decides who may see them
 */
@HasName
public record PersonDetails(
		@Size(max = 100) String surnameLatin,
		@Size(max = 100) String givenNameLatin,
		@Size(max = 100) String patronymicLatin,
		@Size(max = 100) String surnameCyrillic,
		@Size(max = 100) String givenNameCyrillic,
		@Size(max = 100) String patronymicCyrillic,
		@Size(max = 200) String nameOriginal,
		@Size(max = 10) List<@Size(max = 100) String> aliases,
		@NotNull Sex sex,
		@NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		Boolean birthDateEstimated,
		@NotNull CitizenshipStatus citizenshipStatus,
		@NotNull PersonKind kind,
		UUID operationId,
		@PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate arrivalDate,
		@NotNull UUID regionId,
		@Size(max = 200) String locality) {

	public PersonDetails {
		birthDateEstimated = Boolean.TRUE.equals(birthDateEstimated);
		aliases = aliases == null ? List.of()
				: aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
	}

	/** An empty form. */
	public static PersonDetails blank(UUID regionId) {
		return new PersonDetails(null, null, null, null, null, null, null, List.of(), null, null, false, null,
				PersonKind.RETURNEE, null, null, regionId, null);
	}
}

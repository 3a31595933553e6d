package org.homeward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.registry.CitizenshipStatus;
import org.homeward.registry.HouseholdDetails;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.PersonKind;
import org.homeward.registry.Sex;
import org.homeward.registry.names.LatinStyle;

/**
 * Where a planned household lives, which operation brought it home, and how the worker who registered it spells
 * names in Latin: one worker usually spells a whole family the same way, so the style belongs to the household.
 */
record DemoHome(DemoPlaces.Place place, UUID regionId, String locality, SyntheticReturnees.Operation operation,
		LatinStyle style) {

	LocalDate arrival() {
		return operation.date();
	}

	/** Someone the operation brought home, arriving on its date. */
	PersonDetails returnee(DemoNames.Name name, Sex sex, LocalDate birth, boolean estimated,
			CitizenshipStatus citizenship, String original, List<String> aliases) {
		return details(name, sex, birth, estimated, citizenship, PersonKind.RETURNEE, operation.id(), arrival(),
				original, aliases);
	}

	/** A relative who never left: a citizen, in no operation. */
	PersonDetails relative(DemoNames.Name name, Sex sex, LocalDate birth) {
		return details(name, sex, birth, false, CitizenshipStatus.CITIZEN, PersonKind.FAMILY_MEMBER, null, null, null,
				List.of());
	}

	/** Labels carry a number and a place, never a name: household lists are shown to many workers. */
	HouseholdDetails household(int number) {
		String label = String.format("Household %03d – %s", number, locality.replace(" district", ""));
		return new HouseholdDetails(label, regionId, locality, null);
	}

	private PersonDetails details(DemoNames.Name name, Sex sex, LocalDate birth, boolean estimated,
			CitizenshipStatus citizenship, PersonKind kind, UUID operationId, LocalDate arrival, String original,
			List<String> aliases) {
		return new PersonDetails(name.surnameLatin(style), name.givenLatin(style), name.patronymicLatin(style),
				name.surname(), name.given(), name.patronymic().isEmpty() ? null : name.patronymic(), original, aliases,
				sex, birth, estimated, citizenship, kind, operationId, arrival, regionId, locality);
	}
}

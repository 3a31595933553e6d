package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.accounts.CurrentUser;
import org.homeward.registry.AddMember;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdRegistry;
import org.homeward.registry.OperationDetails;
import org.homeward.registry.OperationRegistry;
import org.homeward.registry.PersonRegistry;
import org.homeward.registry.RegisterPerson;
import org.homeward.registry.Relationship;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.RepatriationOperation;

/**
 * Registers the demo's operations, households and persons through the registry's own services, as a national
 * coordinator would: every record passes the same checks as one typed in the browser and is written to the audit
 * trail under the coordinator's name.
 */
final class DemoRegistry {

	/** About 120 households of about 300 persons, as the brief asks: with this seed, 112 households and 333 persons. */
	static final int HOUSEHOLDS = 112;

	/**
	 * Uzbekistan's "Mehr" ("kindness") operations are public knowledge; the dates and places are those reported.
	 * Only the operations are real: nobody registered under them is.
	 */
	private static final OperationDetails MEHR_1 = new OperationDetails("Mehr-1", LocalDate.of(2019, 5, 30), "SY",
			"al-Hol camp", "Women and children brought home from north-east Syria.");
	private static final OperationDetails MEHR_2 = new OperationDetails("Mehr-2", LocalDate.of(2019, 10, 10), "IQ",
			"Baghdad", "Children brought home from Iraq; most of their mothers remained there.");
	private static final OperationDetails MEHR_3 = new OperationDetails("Mehr-3", LocalDate.of(2021, 4, 29), "SY",
			"Roj camp", "Women and children brought home from north-east Syria.");

	/** What was registered: counts for the log, and the households for the demo cases. */
	record Loaded(int operations, int households, int persons, int documents, int nearDuplicates,
			List<RegisteredHousehold> registered) {
	}

	/** A household as registered, with its members' ids. */
	record RegisteredHousehold(UUID id, UUID regionId, String locality, List<RegisteredMember> members) {
	}

	record RegisteredMember(UUID personId, Relationship relationship, PersonDetails details) {
	}

	private final PersonRegistry persons;
	private final OperationRegistry operations;
	private final HouseholdRegistry households;
	private final DemoPlaces places;
	private final CurrentUser coordinator;

	DemoRegistry(PersonRegistry persons, OperationRegistry operations, HouseholdRegistry households, DemoPlaces places,
			CurrentUser coordinator) {
		this.persons = persons;
		this.operations = operations;
		this.households = households;
		this.places = places;
		this.coordinator = coordinator;
	}

	Loaded load() {
		Map<String, RepatriationOperation> existing = operations.all(coordinator).stream()
				.collect(Collectors.toMap(o -> o.details().name().toLowerCase(Locale.ROOT), Function.identity()));
		int operationsCreated = 0;
		List<SyntheticReturnees.Operation> mehr = new ArrayList<>();
		for (OperationDetails details : List.of(MEHR_1, MEHR_2, MEHR_3)) {
			RepatriationOperation operation = existing.get(details.name().toLowerCase(Locale.ROOT));
			if (operation == null) {
				operation = operations.create(details, coordinator);
				operationsCreated++;
			}
			mehr.add(new SyntheticReturnees.Operation(operation.id(), operation.details().operationDate()));
		}

		var plan = new SyntheticReturnees(places, mehr.get(0), mehr.get(1), mehr.get(2)).households(HOUSEHOLDS);
		List<RegisterPerson> registered = new ArrayList<>();
		List<RegisteredHousehold> homes = new ArrayList<>();
		for (SyntheticReturnees.PlannedHousehold planned : plan) {
			Household household = households.create(planned.details(), coordinator);
			List<RegisteredMember> members = new ArrayList<>();
			for (SyntheticReturnees.Member member : planned.members()) {
				UUID personId = persons.register(member.registration(), coordinator).id();
				households.addMember(household.id(), new AddMember(personId, member.relationship()), coordinator);
				registered.add(member.registration());
				members.add(new RegisteredMember(personId, member.relationship(), member.registration().person()));
			}
			homes.add(new RegisteredHousehold(household.id(), planned.details().regionId(),
					planned.details().locality(), members));
		}

		List<RegisterPerson> duplicates = new NearDuplicates(places).of(registered);
		duplicates.forEach(registration -> persons.register(registration, coordinator));
		registered.addAll(duplicates);
		int documents = registered.stream().mapToInt(r -> r.documents().size()).sum();
		return new Loaded(operationsCreated, plan.size(), registered.size(), documents, duplicates.size(), homes);
	}
}

package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.Person;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.PossibleDuplicate;
import org.homeward.registry.PossibleDuplicate.Reason;
import org.homeward.registry.RegistryScope;
import org.homeward.registry.names.NameSimilarity;
import org.springframework.stereotype.Component;

/**
 * Finds registered persons who may be the one being registered: the same name across scripts and spellings with a
 * date of birth within a year, or the same identity document. Searches the whole country, since people move;
 * what a worker is told of a match outside their region is limited by {@link PossibleDuplicate}.
 */
@Component
public class DuplicateFinder {

	private final PersonStore persons;

	DuplicateFinder(PersonStore persons) {
		this.persons = persons;
	}

	public List<PossibleDuplicate> find(PersonDetails candidate, List<IdentityDocumentDetails> documents,
			RegistryScope scope) {
		Map<UUID, Person> matches = new LinkedHashMap<>();
		Map<UUID, Set<Reason>> reasons = new LinkedHashMap<>();

		if (candidate.birthDate() != null) {
			List<List<String>> names = NameIndex.variants(candidate);
			for (Person registered : persons.bornBetween(candidate.birthDate().minusYears(1),
					candidate.birthDate().plusYears(1))) {
				if (sameName(names, NameIndex.variants(registered.details()))) {
					matches.put(registered.id(), registered);
					reasons.computeIfAbsent(registered.id(), id -> EnumSet.noneOf(Reason.class))
							.add(Reason.NAME_AND_BIRTH_DATE);
				}
			}
		}
		List<String> numbers = documents.stream().map(d -> DocumentNumbers.key(d.number()))
				.filter(key -> !key.isEmpty()).toList();
		for (Person holder : persons.holdingDocuments(numbers)) {
			matches.put(holder.id(), holder);
			reasons.computeIfAbsent(holder.id(), id -> EnumSet.noneOf(Reason.class)).add(Reason.SAME_DOCUMENT);
		}

		List<PossibleDuplicate> duplicates = new ArrayList<>();
		for (Person match : matches.values()) {
			boolean visible = scope.covers(match.details().regionId());
			duplicates.add(visible
					? new PossibleDuplicate(match.id(), match.displayName(), match.details().birthDate(),
							reasons.get(match.id()), true)
					: new PossibleDuplicate(null, null, null, reasons.get(match.id()), false));
		}
		return duplicates;
	}

	private static boolean sameName(List<List<String>> a, List<List<String>> b) {
		for (List<String> one : a) {
			for (List<String> other : b) {
				if (NameSimilarity.sameFullName(one, other)) {
					return true;
				}
			}
		}
		return false;
	}
}

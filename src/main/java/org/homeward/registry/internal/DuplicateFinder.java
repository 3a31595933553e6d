package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * date of birth within a year, or the same identity document. Candidates come by blocking keys (a loose name key
 * with a year of birth, from the GIN index on {@code match_keys}) and by document number, never by loading everyone
 * born in a window; at most {@value #CANDIDATES} are compared. Searches the whole country, since people move;
 * what a worker is told of a match outside their region is limited by {@link PossibleDuplicate}.
 */
@Component
public class DuplicateFinder {

	/** The most candidates one check compares; a blocking key shared by more is a very common name and year. */
	static final int CANDIDATES = 2000;

	private final PersonStore persons;

	DuplicateFinder(PersonStore persons) {
		this.persons = persons;
	}

	public List<PossibleDuplicate> find(PersonDetails candidate, List<IdentityDocumentDetails> documents,
			RegistryScope scope) {
		Map<UUID, Person> matches = new LinkedHashMap<>();
		Map<UUID, Set<Reason>> reasons = new LinkedHashMap<>();

		if (candidate.birthDate() != null) {
			List<List<Set<String>>> names = NameIndex.looseVariants(candidate);
			for (Person registered : persons.sharingMatchKeys(blockingKeys(names, candidate.birthDate().getYear()),
					CANDIDATES)) {
				LocalDate born = registered.details().birthDate();
				boolean nearBirth = !born.isBefore(candidate.birthDate().minusYears(1))
						&& !born.isAfter(candidate.birthDate().plusYears(1));
				if (nearBirth && sameName(names, NameIndex.looseVariants(registered.details()))) {
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

	/**
	 * The blocking keys of a registration: each loose key of each word of its names, with the years of birth a
	 * duplicate may have (a year either side). A duplicate shares at least one word exactly, once spellings are
	 * folded; the other words may differ by a typing slip.
	 */
	static List<String> blockingKeys(List<List<Set<String>>> names, int birthYear) {
		Set<String> keys = new LinkedHashSet<>();
		for (List<Set<String>> name : names) {
			for (Set<String> word : name) {
				for (String key : word) {
					for (int year = birthYear - 1; year <= birthYear + 1; year++) {
						keys.add(NameIndex.matchKey(key, year));
					}
				}
			}
		}
		return List.copyOf(keys);
	}

	private static boolean sameName(List<List<Set<String>>> a, List<List<Set<String>>> b) {
		for (List<Set<String>> one : a) {
			for (List<Set<String>> other : b) {
				if (NameSimilarity.sameLooseFullName(one, other)) {
					return true;
				}
			}
		}
		return false;
	}
}

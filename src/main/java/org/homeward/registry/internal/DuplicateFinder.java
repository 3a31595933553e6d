package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
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
 * born in a window. Searches the whole country, since people move; what a worker is told of a match outside their
 * region is limited by {@link PossibleDuplicate}.
 * <p>
 * One registration and many (an import's chunk) are checked by the same code: the candidates of all of them are
 * fetched in one query by blocking key and one by document number, then each registration is compared in memory
 * with the candidates that share one of its keys. A single registration compares at most {@value #CANDIDATES}
 * candidates, as before; when the candidates of a chunk reach {@value #CANDIDATES} per registration, the fetch may
 * have been cut short, and each registration of the chunk is checked again on its own.
 */
@Component
public class DuplicateFinder {

	/** The most candidates one check compares; a blocking key shared by more is a very common name and year. */
	static final int CANDIDATES = 2000;

	private final PersonStore persons;

	DuplicateFinder(PersonStore persons) {
		this.persons = persons;
	}

	/** A registration in progress to check: the person and their documents. */
	public record Registration(PersonDetails person, List<IdentityDocumentDetails> documents) {
	}

	public List<PossibleDuplicate> find(PersonDetails candidate, List<IdentityDocumentDetails> documents,
			RegistryScope scope) {
		return findEach(List.of(new Registration(candidate, documents)), scope).get(0);
	}

	/** The likely duplicates of each registration, in their order, as {@link #find} finds them for one. */
	public List<List<PossibleDuplicate>> findEach(List<Registration> registrations, RegistryScope scope) {
		if (registrations.isEmpty()) {
			return List.of();
		}
		// what each registration is looked up by
		List<List<List<Set<String>>>> names = new ArrayList<>(registrations.size());
		List<List<String>> keysOfEach = new ArrayList<>(registrations.size());
		List<List<String>> numbersOfEach = new ArrayList<>(registrations.size());
		Set<String> allKeys = new LinkedHashSet<>();
		Set<String> allNumbers = new LinkedHashSet<>();
		for (Registration registration : registrations) {
			PersonDetails person = registration.person();
			List<List<Set<String>>> loose = person.birthDate() == null ? List.of() : NameIndex.looseVariants(person);
			List<String> keys = person.birthDate() == null ? List.of()
					: blockingKeys(loose, person.birthDate().getYear());
			List<String> numbers = registration.documents().stream().map(d -> DocumentNumbers.key(d.number()))
					.filter(key -> !key.isEmpty()).distinct().toList();
			names.add(loose);
			keysOfEach.add(keys);
			numbersOfEach.add(numbers);
			allKeys.addAll(keys);
			allNumbers.addAll(numbers);
		}

		// the candidates of all of them, in one query each
		int limit = CANDIDATES * registrations.size();
		List<PersonStore.Keyed> sharing = persons.sharingAnyMatchKey(List.copyOf(allKeys), limit);
		if (registrations.size() > 1 && sharing.size() >= limit) {
			List<List<PossibleDuplicate>> one = new ArrayList<>(registrations.size());
			for (Registration registration : registrations) {
				one.add(findEach(List.of(registration), scope).get(0));
			}
			return one;
		}
		Map<String, List<Candidate>> byKey = new HashMap<>();
		for (PersonStore.Keyed keyed : sharing) {
			Candidate candidate = new Candidate(keyed.person());
			for (String key : keyed.keys()) {
				byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
			}
		}
		Map<String, List<Person>> byNumber = new HashMap<>();
		for (PersonStore.Keyed holder : persons.holdingAnyDocument(List.copyOf(allNumbers))) {
			for (String number : holder.keys()) {
				byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(holder.person());
			}
		}

		// each registration against the candidates that share a key with it
		List<List<PossibleDuplicate>> found = new ArrayList<>(registrations.size());
		for (int i = 0; i < registrations.size(); i++) {
			PersonDetails person = registrations.get(i).person();
			Map<UUID, Person> matches = new LinkedHashMap<>();
			Map<UUID, Set<Reason>> reasons = new LinkedHashMap<>();
			Set<UUID> compared = new LinkedHashSet<>();
			for (String key : keysOfEach.get(i)) {
				for (Candidate candidate : byKey.getOrDefault(key, List.of())) {
					if (compared.add(candidate.person.id())
							&& sameNameNearBirth(names.get(i), person.birthDate(), candidate.names(),
									candidate.person.details().birthDate())) {
						matches.put(candidate.person.id(), candidate.person);
						reasons.computeIfAbsent(candidate.person.id(), id -> EnumSet.noneOf(Reason.class))
								.add(Reason.NAME_AND_BIRTH_DATE);
					}
				}
			}
			for (String number : numbersOfEach.get(i)) {
				for (Person holder : byNumber.getOrDefault(number, List.of())) {
					matches.put(holder.id(), holder);
					reasons.computeIfAbsent(holder.id(), id -> EnumSet.noneOf(Reason.class)).add(Reason.SAME_DOCUMENT);
				}
			}
			found.add(told(matches, reasons, scope));
		}
		return found;
	}

	/** What the worker is told of each match: everything within their scope, only the reasons outside it. */
	private static List<PossibleDuplicate> told(Map<UUID, Person> matches, Map<UUID, Set<Reason>> reasons,
			RegistryScope scope) {
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

	/** A registered person compared with registrations, their loose names worked out once. */
	private static final class Candidate {

		final Person person;
		private List<List<Set<String>>> names;

		Candidate(Person person) {
			this.person = person;
		}

		List<List<Set<String>>> names() {
			if (names == null) {
				names = NameIndex.looseVariants(person.details());
			}
			return names;
		}
	}

	/**
	 * The comparison of a registration with a registered person: born within a year of each other, and one way of
	 * writing the full name of one is the same loose full name as one of the other.
	 */
	static boolean sameNameNearBirth(List<List<Set<String>>> names, LocalDate birthDate,
			List<List<Set<String>>> registeredNames, LocalDate registeredBirthDate) {
		if (birthDate == null || registeredBirthDate == null) {
			return false;
		}
		boolean nearBirth = !registeredBirthDate.isBefore(birthDate.minusYears(1))
				&& !registeredBirthDate.isAfter(birthDate.plusYears(1));
		return nearBirth && sameName(names, registeredNames);
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

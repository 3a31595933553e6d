package org.homeward.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.homeward.registry.DocumentKind;
import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.PersonKind;
import org.homeward.registry.RegisterPerson;
import org.homeward.registry.Sex;
import org.homeward.registry.names.LatinStyle;
import org.homeward.registry.names.NameKey;
import org.homeward.registry.names.NameSimilarity;

/**
 * The deliberate near-duplicates of the demo: the same person registered a second time by another worker, as
 * happens when a family moves or a record is typed from a different list. They let a visitor see the duplicate
 * warning and the search across spellings at work. Each is derived from a person already planned, and none is
 * placed in a household: the second record is the one a worker would merge away.
 */
final class NearDuplicates {

	private final DemoPlaces places;
	private final Set<RegisterPerson> used = new HashSet<>();

	NearDuplicates(DemoPlaces places) {
		this.places = places;
	}

	/** The near-duplicates of {@code registered}, which must include the README's Akhmedova Madina. */
	List<RegisterPerson> of(List<RegisterPerson> registered) {
		List<RegisterPerson> duplicates = new ArrayList<>();
		duplicates.add(madinaInFergana(registered));
		duplicates.add(otherLatinStyle(registered));
		duplicates.add(bornFiveMonthsLater(registered));
		duplicates.add(samePassportWithSpace(registered));
		duplicates.add(swappedWithTypo(registered));
		return duplicates;
	}

	/** "Axmedova Madina", same birth date, typed in Uzbek Latin by a worker in Fergana. */
	private RegisterPerson madinaInFergana(List<RegisterPerson> registered) {
		PersonDetails madina = first(registered, p -> DemoNames.RESERVED_SURNAME.equals(p.surnameCyrillic())
				&& DemoNames.RESERVED_GIVEN.equals(p.givenNameCyrillic()));
		return register(new PersonDetails(DemoNames.latin(madina.surnameCyrillic(), LatinStyle.UZBEK),
				DemoNames.latin(madina.givenNameCyrillic(), LatinStyle.UZBEK), null, null, null, null, null, List.of(),
				madina.sex(), madina.birthDate(), false, madina.citizenshipStatus(), madina.kind(),
				madina.operationId(), madina.arrivalDate(), places.regionId(DemoPlaces.FERGANA), "Margilan"),
				List.of());
	}

	/** (a) A returned woman spelt "Kh…" on her record, registered again as "X…" with the same date of birth. */
	private RegisterPerson otherLatinStyle(List<RegisterPerson> registered) {
		PersonDetails woman = first(registered, p -> isAdultReturnee(p, Sex.FEMALE)
				&& p.surnameLatin().toLowerCase(Locale.ROOT).contains("kh"));
		return register(latinOnly(woman, LatinStyle.UZBEK, true), List.of());
	}

	/** (b) The same Cyrillic name with a date of birth five months later, as an estimate made again. */
	private RegisterPerson bornFiveMonthsLater(List<RegisterPerson> registered) {
		PersonDetails child = first(registered, p -> p.kind() == PersonKind.RETURNEE && p.birthDate().getYear() >= 2008
				&& p.birthDate().plusMonths(5).isBefore(p.arrivalDate()));
		return register(new PersonDetails(null, null, null, child.surnameCyrillic(), child.givenNameCyrillic(),
				child.patronymicCyrillic(), null, List.of(), child.sex(), child.birthDate().plusMonths(5), true,
				child.citizenshipStatus(), child.kind(), child.operationId(), child.arrivalDate(), child.regionId(),
				child.locality()), List.of());
	}

	/** (c) The passport number typed with a space ("FA 1234567") under a name spelt the other way. */
	private RegisterPerson samePassportWithSpace(List<RegisterPerson> registered) {
		RegisterPerson holder = registered.stream().filter(r -> !used.contains(r))
				.filter(r -> r.documents().stream().anyMatch(d -> d.number().startsWith("FA")))
				.filter(r -> !latinOnly(r.person(), otherStyle(r.person()), false).surnameLatin()
						.equals(r.person().surnameLatin()))
				.findFirst().orElseThrow();
		used.add(holder);
		IdentityDocumentDetails passport = holder.documents().stream().filter(d -> d.number().startsWith("FA"))
				.findFirst().orElseThrow();
		IdentityDocumentDetails retyped = new IdentityDocumentDetails(DocumentKind.PASSPORT,
				passport.number().substring(0, 2) + " " + passport.number().substring(2), passport.issuingCountry(),
				passport.issueDate(), passport.expiryDate());
		return register(latinOnly(holder.person(), otherStyle(holder.person()), false), List.of(retyped));
	}

	/**
	 * (d) Given name and surname in each other's fields, as when a form is filled from "Madina Akhmedova", with one
	 * pair of letters typed the wrong way round.
	 */
	private RegisterPerson swappedWithTypo(List<RegisterPerson> registered) {
		PersonDetails woman = first(registered, p -> isAdultReturnee(p, Sex.FEMALE) && p.surnameLatin().length() >= 7
				&& typo(p.surnameLatin()) != null);
		return register(new PersonDetails(woman.givenNameLatin(), typo(woman.surnameLatin()), null, null, null, null,
				null, List.of(), woman.sex(), woman.birthDate(), false, woman.citizenshipStatus(), woman.kind(),
				woman.operationId(), woman.arrivalDate(), woman.regionId(), woman.locality()), List.of());
	}

	/**
	 * The name with two neighbouring letters swapped near its middle, if that is a typo the duplicate check
	 * tolerates (one edit) rather than a different name.
	 */
	private static String typo(String name) {
		for (int i = name.length() / 2; i < name.length() - 2; i++) {
			char[] letters = name.toCharArray();
			char swapped = letters[i];
			letters[i] = letters[i + 1];
			letters[i + 1] = swapped;
			String typo = new String(letters);
			String key = NameKey.of(name);
			String typoKey = NameKey.of(typo);
			if (!key.equals(typoKey) && NameSimilarity.similar(key, typoKey)) {
				return typo;
			}
		}
		return null;
	}

	/** The person's Cyrillic name romanised in {@code style}, without the Cyrillic; optionally the patronymic too. */
	private static PersonDetails latinOnly(PersonDetails p, LatinStyle style, boolean withPatronymic) {
		String patronymic = withPatronymic && p.patronymicCyrillic() != null
				? DemoNames.latin(p.patronymicCyrillic(), style) : null;
		return new PersonDetails(DemoNames.latin(p.surnameCyrillic(), style), DemoNames.latin(p.givenNameCyrillic(), style),
				patronymic, null, null, null, null, List.of(), p.sex(), p.birthDate(), p.birthDateEstimated(),
				p.citizenshipStatus(), p.kind(), p.operationId(), p.arrivalDate(), p.regionId(), p.locality());
	}

	/** The style the person's record was not spelt in. */
	private static LatinStyle otherStyle(PersonDetails p) {
		boolean passport = DemoNames.latin(p.surnameCyrillic(), LatinStyle.PASSPORT).equals(p.surnameLatin())
				&& DemoNames.latin(p.givenNameCyrillic(), LatinStyle.PASSPORT).equals(p.givenNameLatin());
		return passport ? LatinStyle.UZBEK : LatinStyle.PASSPORT;
	}

	private static boolean isAdultReturnee(PersonDetails p, Sex sex) {
		return p.kind() == PersonKind.RETURNEE && p.sex() == sex && p.birthDate().getYear() < 2001
				&& p.surnameLatin() != null && !DemoNames.RESERVED_SURNAME.equals(p.surnameCyrillic());
	}

	/** The first planned person matching, not yet the source of another near-duplicate. */
	private PersonDetails first(List<RegisterPerson> registered, Predicate<PersonDetails> wanted) {
		RegisterPerson found = registered.stream().filter(r -> !used.contains(r) && wanted.test(r.person()))
				.findFirst().orElseThrow(() -> new IllegalStateException("The demo plan has no person for a near-duplicate"));
		used.add(found);
		return found.person();
	}

	/** Registered after the worker reviewed the warning: the point of the demo is that the pair exists. */
	private static RegisterPerson register(PersonDetails person, List<IdentityDocumentDetails> documents) {
		return new RegisterPerson(person, documents, true);
	}
}

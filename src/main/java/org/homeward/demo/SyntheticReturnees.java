package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.homeward.registry.CitizenshipStatus;
import org.homeward.registry.HouseholdDetails;
import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.RegisterPerson;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.names.LatinStyle;

/**
 * Invents the returnee households of the demo, shaped like the caseloads after the Mehr operations: mostly a mother
 * with one to four children, many born in the camps (citizenship unconfirmed, date of birth sometimes estimated),
 * sometimes received by a grandparent or another relative; children brought back from Iraq without their mothers
 * and living with their grandparents; and a few returned men. Every person is synthetic.
 *
 * <p>A fixed seed makes the demo the same at every start, so that a walkthrough or a screenshot can name a
 * household. The data are only planned here; {@link DemoRegistry} registers them through the registry's services.
 */
final class SyntheticReturnees {

	/** The date of the Council's first meeting; any fixed number would do. */
	private static final long SEED = 20240514L;
	private static final LocalDate LAST_CHILD_BIRTH = LocalDate.of(2020, 12, 31);

	/** An operation the planned returnees came home with. */
	record Operation(UUID id, LocalDate date) {
	}

	record Member(RegisterPerson registration, Relationship relationship) {
	}

	record PlannedHousehold(HouseholdDetails details, List<Member> members) {
	}

	private final Random random = new Random(SEED);
	private final DemoNames names = new DemoNames(random);
	private final DemoDocuments documents = new DemoDocuments(random);
	private final Set<String> kunyas = new HashSet<>();
	private final DemoPlaces places;
	private final Operation fromSyria2019;
	private final Operation fromIraq2019;
	private final Operation fromSyria2021;

	SyntheticReturnees(DemoPlaces places, Operation fromSyria2019, Operation fromIraq2019, Operation fromSyria2021) {
		this.places = places;
		this.fromSyria2019 = fromSyria2019;
		this.fromIraq2019 = fromIraq2019;
		this.fromSyria2021 = fromSyria2021;
	}

	/** {@code count} households; the first is the README's example, Akhmedova Madina in Chilonzor. */
	List<PlannedHousehold> households(int count) {
		List<PlannedHousehold> households = new ArrayList<>();
		DemoPlaces.Place tashkent = places.place(DemoPlaces.TASHKENT);
		DemoHome chilonzor = new DemoHome(tashkent, places.regionId(tashkent), "Chilonzor district", fromSyria2019,
				LatinStyle.PASSPORT);
		DemoNames.Name madina = new DemoNames.Name(DemoNames.RESERVED_SURNAME, DemoNames.RESERVED_GIVEN, "");
		households.add(household(1, chilonzor, mothersFamily(chilonzor, madina, LocalDate.of(1991, 3, 14))));
		for (int number = 2; number <= count; number++) {
			int kind = random.nextInt(100);
			// Mehr-2 brought children only; of the Syrian operations, the first was the larger.
			Operation operation = kind >= 75 && kind < 90 ? fromIraq2019
					: random.nextInt(3) < 2 ? fromSyria2019 : fromSyria2021;
			DemoPlaces.Place place = places.pick(random);
			LatinStyle style = random.nextInt(4) == 0 ? LatinStyle.UZBEK : LatinStyle.PASSPORT;
			DemoHome home = new DemoHome(place, places.regionId(place), place.locality(random), operation, style);
			List<Member> members = kind < 75 ? mothersFamily(home, null, null)
					: kind < 90 ? childrenFromIraq(home) : returnedMan(home);
			households.add(household(number, home, members));
		}
		return households;
	}

	/** A returned mother and her children, perhaps with the relative who receives them. */
	private List<Member> mothersFamily(DemoHome home, DemoNames.Name given, LocalDate givenBirth) {
		String husbandsFamily = names.familyName();
		String husband = names.fatherName();
		// Most women keep their own surname; some took their husband's.
		String ownFamily = random.nextInt(100) < 35 ? husbandsFamily : names.familyName();
		LocalDate birth = givenBirth != null ? givenBirth : date(LocalDate.of(1985, 1, 1), LocalDate.of(2000, 12, 31));
		DemoNames.Name mother = given != null ? given : names.adult(Sex.FEMALE, ownFamily);
		LocalDate departed = date(LocalDate.of(2013, 3, 1), LocalDate.of(2015, 12, 31));
		List<Member> children = children(home, husbandsFamily, husband, birth.plusYears(17), departed, childCount());

		List<String> aliases = random.nextInt(4) == 0 && !children.isEmpty()
				? kunya("Umm " + children.get(0).registration().person().givenNameLatin()) : List.of();
		List<Member> members = new ArrayList<>();
		members.add(member(Relationship.MOTHER, home.returnee(mother, Sex.FEMALE, birth, false, adultCitizenship(),
				null, aliases), documents.returnedAdult(home.arrival())));
		members.addAll(children);
		int relative = random.nextInt(100);
		if (relative < 18) {
			Sex sex = random.nextInt(4) == 0 ? Sex.MALE : Sex.FEMALE;
			LocalDate born = date(LocalDate.of(1950, 1, 1), LocalDate.of(Math.min(1970, birth.getYear() - 20), 12, 31));
			members.add(relative(home, Relationship.GRANDPARENT, names.grandparent(sex, ownFamily), sex, born));
		}
		else if (relative < 24) {
			Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
			LocalDate born = date(birth.minusYears(5), birth.plusYears(5));
			members.add(relative(home, Relationship.SIBLING, names.adult(sex, ownFamily), sex, born));
		}
		else if (relative < 28) {
			LocalDate born = date(LocalDate.of(1962, 1, 1), LocalDate.of(1978, 12, 31));
			members.add(relative(home, Relationship.RECEIVING_RELATIVE, names.adult(Sex.FEMALE, names.familyName()),
					Sex.FEMALE, born));
		}
		return members;
	}

	/**
	 * Children returned from Iraq while their mothers stayed there: they live with a grandparent on the father's
	 * or the mother's side, or with an aunt.
	 */
	private List<Member> childrenFromIraq(DemoHome home) {
		String fathersFamily = names.familyName();
		LocalDate departed = date(LocalDate.of(2013, 3, 1), LocalDate.of(2015, 12, 31));
		List<Member> members = new ArrayList<>();
		int receiver = random.nextInt(100);
		Sex sex = receiver < 70 ? Sex.FEMALE : receiver < 85 ? Sex.MALE : Sex.FEMALE;
		String receiversFamily = random.nextBoolean() ? fathersFamily : names.familyName();
		if (receiver < 85) {
			LocalDate born = date(LocalDate.of(1950, 1, 1), LocalDate.of(1970, 12, 31));
			members.add(relative(home, Relationship.GRANDPARENT, names.grandparent(sex, receiversFamily), sex, born));
		}
		else {
			LocalDate born = date(LocalDate.of(1975, 1, 1), LocalDate.of(1992, 12, 31));
			members.add(relative(home, Relationship.RECEIVING_RELATIVE, names.adult(sex, receiversFamily), sex, born));
		}
		members.addAll(children(home, fathersFamily, names.fatherName(), LocalDate.of(2008, 1, 1), departed,
				1 + random.nextInt(3)));
		return members;
	}

	/** A returned man: with his returned wife and children, or received by his mother or by a brother or sister. */
	private List<Member> returnedMan(DemoHome home) {
		String family = names.familyName();
		LocalDate birth = date(LocalDate.of(1975, 1, 1), LocalDate.of(1995, 12, 31));
		DemoNames.Name man = names.adult(Sex.MALE, family);
		List<Member> members = new ArrayList<>();
		int draw = random.nextInt(100);
		List<Member> children = List.of();
		if (draw < 50) {
			LocalDate wifeBirth = date(LocalDate.of(Math.max(1985, birth.getYear()), 1, 1), LocalDate.of(2000, 12, 31));
			LocalDate departed = date(LocalDate.of(2013, 3, 1), LocalDate.of(2015, 12, 31));
			children = children(home, family, man.given(), wifeBirth.plusYears(17), departed, childCount());
			DemoNames.Name wife = names.adult(Sex.FEMALE, random.nextBoolean() ? family : names.familyName());
			members.add(member(Relationship.MOTHER, home.returnee(wife, Sex.FEMALE, wifeBirth, false,
					adultCitizenship(), null, List.of()), documents.returnedAdult(home.arrival())));
		}
		List<String> aliases = random.nextBoolean()
				? kunya("Abu " + (children.isEmpty() ? DemoNames.latin(names.boy(), home.style())
						: children.get(0).registration().person().givenNameLatin()))
				: List.of();
		// In his mother's home he is her (grown-up) child; in a brother's or sister's, their sibling.
		Relationship his = draw < 50 ? Relationship.FATHER : draw < 80 ? Relationship.CHILD : Relationship.SIBLING;
		members.add(0, member(his, home.returnee(man, Sex.MALE, birth, false, adultCitizenship(), null, aliases),
				documents.returnedAdult(home.arrival())));
		members.addAll(children);
		if (draw >= 50 && draw < 80) {
			LocalDate born = date(LocalDate.of(1950, 1, 1), LocalDate.of(Math.min(1970, birth.getYear() - 19), 12, 31));
			members.add(relative(home, Relationship.RECEIVING_RELATIVE, names.grandparent(Sex.FEMALE, family),
					Sex.FEMALE, born));
		}
		else if (draw >= 80) {
			Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
			members.add(relative(home, Relationship.RECEIVING_RELATIVE, names.adult(sex, family), sex,
					date(birth.minusYears(6), birth.plusYears(6))));
		}
		return members;
	}

	/**
	 * Children born at least eleven months apart between {@code earliest} and shortly before the operation; those
	 * born after the family left were born abroad, often without a document, so their citizenship is not yet
	 * confirmed and their date of birth is sometimes an estimate.
	 */
	private List<Member> children(DemoHome home, String family, String father, LocalDate earliest, LocalDate departed,
			int count) {
		LocalDate first = later(earliest, LocalDate.of(2008, 1, 1));
		LocalDate last = earlier(home.arrival().minusDays(30), LAST_CHILD_BIRTH);
		List<LocalDate> births = new ArrayList<>();
		for (int attempt = 0; attempt < 30 && births.size() < count; attempt++) {
			LocalDate candidate = date(first, last);
			if (births.stream().allMatch(b -> Math.abs(b.toEpochDay() - candidate.toEpochDay()) >= 330)) {
				births.add(candidate);
			}
		}
		births.sort(null);
		List<Member> children = new ArrayList<>();
		for (LocalDate birth : births) {
			Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
			DemoNames.Name name = names.child(sex, family, father);
			boolean abroad = birth.isAfter(departed);
			boolean estimated = abroad && random.nextInt(100) < 35;
			// An estimated date is recorded as the first of January of the assessed year, as registrars do.
			LocalDate recorded = estimated ? later(LocalDate.of(birth.getYear(), 1, 1), first) : birth;
			CitizenshipStatus citizenship = !abroad ? CitizenshipStatus.CITIZEN
					: random.nextInt(100) < 55 ? CitizenshipStatus.UNCONFIRMED
					: random.nextInt(100) < 55 ? CitizenshipStatus.UNKNOWN : CitizenshipStatus.CITIZEN;
			String original = abroad && random.nextInt(100) < 40 ? names.arabic(name.given()) : null;
			children.add(member(Relationship.CHILD,
					home.returnee(name, sex, recorded, estimated, citizenship, original, List.of()),
					documents.child(recorded, abroad, home.arrival(), home.place().birthCertificateSeries())));
		}
		return children;
	}

	private Member relative(DemoHome home, Relationship relationship, DemoNames.Name name, Sex sex, LocalDate birth) {
		return member(relationship, home.relative(name, sex, birth), documents.resident(birth));
	}

	private static Member member(Relationship relationship, PersonDetails person,
			List<IdentityDocumentDetails> documents) {
		return new Member(new RegisterPerson(person, documents, true), relationship);
	}

	private static PlannedHousehold household(int number, DemoHome home, List<Member> members) {
		return new PlannedHousehold(home.household(number), members);
	}

	/**
	 * A kunya ("Umm Yusuf", "Abu Hamza"), the name many were known by in the camps, given to one person only:
	 * the duplicate check rightly treats a shared two-word alias as a possible match, and the demo's duplicates are
	 * meant to be the deliberate ones.
	 */
	private List<String> kunya(String alias) {
		boolean doubled = alias.contains(" Abu"); // "Abu Abubakr": Abu Bakr is itself a kunya
		return !doubled && kunyas.add(alias) ? List.of(alias) : List.of();
	}

	/** Adults are citizens, except the few whose citizenship is being checked after years abroad without papers. */
	private CitizenshipStatus adultCitizenship() {
		return random.nextInt(100) < 92 ? CitizenshipStatus.CITIZEN : CitizenshipStatus.UNCONFIRMED;
	}

	/** One to four children, most families having one or two. */
	private int childCount() {
		int draw = random.nextInt(100);
		return draw < 60 ? 1 : draw < 88 ? 2 : draw < 97 ? 3 : 4;
	}

	private LocalDate date(LocalDate first, LocalDate last) {
		return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}

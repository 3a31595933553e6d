package org.homeward.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.homeward.registry.Sex;
import org.homeward.registry.names.LatinStyle;
import org.homeward.registry.names.Transliteration;

/**
 * Invented names for synthetic people: a given name and a surname drawn independently from lists of common Uzbek
 * (and some Kazakh and Tajik) names, so that a person is a random combination and never a real individual.
 * Surnames and names of well-known people (heads of state, ministers, celebrities, militant leaders) are left out
 * of the lists on purpose, and the combination the tests and the README use as their example is reserved.
 *
 * <p>Names are written in Cyrillic, as most records of returnees are, mostly with Russian letters (so that the
 * Latin styles differ: Ахмедова gives Akhmedova or Axmedova) and sometimes with Uzbek ones (ў, қ, ғ, ҳ).
 */
final class DemoNames {

	/** Masculine forms; the feminine adds -а, except Tajik -зода, which has one form. */
	private static final List<String> SURNAMES = List.of("Ахмедов", "Рахимов", "Юсупов", "Умаров", "Сафаров",
			"Назаров", "Турсунов", "Хамидов", "Абдуллаев", "Алиев", "Эргашев", "Исмоилов", "Мирзаев", "Қодиров",
			"Хасанов", "Жўраев", "Холматов", "Тошпўлатов", "Ғайратов", "Шукуров", "Собиров", "Нуриддинов",
			"Махмудов", "Бобоев", "Тожибоев", "Курбонов", "Сулаймонов", "Мўминов", "Хайдаров", "Ибрагимов",
			"Шарипов", "Давлатов", "Жумабаев", "Кенжебаев", "Бекмуратов", "Рахматов", "Холиков", "Маматов",
			"Ортиков", "Хушвақтов", "Файзуллаев", "Олимов", "Хакимов", "Абдурахмонов", "Турдиев", "Аминов",
			"Хусанов", "Раҳимзода", "Жалолов", "Эшонқулов");

	/** Given names of the fathers, from which patronymics are formed. */
	private static final List<String> FATHERS = List.of("Рустам", "Бахтиёр", "Алишер", "Шухрат", "Равшан", "Эркин",
			"Фарход", "Улугбек", "Жахонгир", "Ботир", "Анвар", "Акмал", "Баходир", "Даврон", "Зафар", "Илхом",
			"Комил", "Мурод", "Нодир", "Олим", "Пўлат", "Сардор", "Темур", "Толиб", "Умид", "Хуршид", "Шерзод",
			"Азамат", "Жамшид", "Азиз", "Собир", "Ғайрат", "Ахрор", "Икром");

	private static final List<String> WOMEN = List.of("Мадина", "Гулнора", "Дилноза", "Нилуфар", "Шахло", "Малика",
			"Зарина", "Нодира", "Феруза", "Дилфуза", "Мохира", "Наргиза", "Хуршида", "Лобар", "Шахноза", "Умида",
			"Гулчехра", "Хилола", "Мафтуна", "Зухра", "Гулбахор", "Сабина", "Камола", "Ирода", "Нигора", "Айгерим",
			"Асель", "Динара", "Тахмина", "Фарангис", "Нигина", "Мунира", "Дурдона", "Гулшан", "Хафиза", "Ҳулкар");

	private static final List<String> MEN = List.of("Азиз", "Жамшид", "Отабек", "Фаррух", "Шерзод", "Санжар",
			"Дилшод", "Сардор", "Нурлан", "Ерлан", "Сухроб", "Фирдавс", "Акмал", "Анвар", "Бобур", "Жасур", "Илхом",
			"Хусниддин", "Ойбек", "Элёр", "Шохрух", "Музаффар");

	private static final List<String> GIRLS = List.of("Оиша", "Хадича", "Фотима", "Марям", "Сумайя", "Осиё",
			"Зайнаб", "Сафия", "Амина", "Хафса", "Рукия", "Робия", "Асма", "Мадина", "Солиҳа");

	private static final List<String> BOYS = List.of("Мухаммад", "Абдуллох", "Юсуф", "Умар", "Билол", "Хамза",
			"Иброхим", "Исмоил", "Абубакр", "Абдурахмон", "Муслим", "Али", "Ҳасан", "Ҳусан", "Зубайр", "Анас",
			"Тоҳир", "Амир");

	private static final List<String> GRANDMOTHERS = List.of("Мукаррам", "Ойниса", "Гулсум", "Хосият", "Мухаббат",
			"Саодат", "Тургуной", "Мамлакат", "Хамида", "Рисолат", "Бахор", "Ҳалима");

	private static final List<String> GRANDFATHERS = List.of("Абдурашид", "Холмурод", "Турсунбой", "Эргаш",
			"Норбой", "Хайитбой", "Абдусалом", "Тўлқин", "Хамро", "Абдуғани");

	/**
	 * How the given names of children born in the camps are often written in the documents issued there; surnames
	 * were rarely recorded in Arabic script consistently. One word each ("عبدالله" written joined, no "أبو بكر"): the
	 * duplicate check compares names of two words or more, and two children sharing a given name are not a match.
	 */
	private static final Map<String, String> ARABIC = Map.ofEntries(Map.entry("Мухаммад", "محمد"),
			Map.entry("Абдуллох", "عبدالله"), Map.entry("Юсуф", "يوسف"), Map.entry("Умар", "عمر"),
			Map.entry("Билол", "بلال"), Map.entry("Хамза", "حمزة"), Map.entry("Иброхим", "إبراهيم"),
			Map.entry("Исмоил", "إسماعيل"), Map.entry("Оиша", "عائشة"),
			Map.entry("Хадича", "خديجة"), Map.entry("Фотима", "فاطمة"), Map.entry("Марям", "مريم"),
			Map.entry("Сумайя", "سمية"), Map.entry("Зайнаб", "زينب"), Map.entry("Сафия", "صفية"),
			Map.entry("Амина", "أمينة"), Map.entry("Хафса", "حفصة"), Map.entry("Асма", "أسماء"));

	/** The README's and the tests' example; only the loader places it, once, on purpose. */
	static final String RESERVED_SURNAME = "Ахмедова";
	static final String RESERVED_GIVEN = "Мадина";

	/** A name as written in Cyrillic; the patronymic may be empty. */
	record Name(String surname, String given, String patronymic) {

		String surnameLatin(LatinStyle style) {
			return latin(surname, style);
		}

		String givenLatin(LatinStyle style) {
			return latin(given, style);
		}

		String patronymicLatin(LatinStyle style) {
			return latin(patronymic, style);
		}
	}

	private final Random random;
	private final Set<String> taken = new HashSet<>();

	DemoNames(Random random) {
		this.random = random;
		taken.add(RESERVED_SURNAME + " " + RESERVED_GIVEN);
	}

	/** A masculine surname: the family name a father passes on. */
	String familyName() {
		return pick(SURNAMES);
	}

	String fatherName() {
		return pick(FATHERS);
	}

	/** An adult returnee or a receiving relative of working age. */
	Name adult(Sex sex, String family) {
		return named(sex, family, sex == Sex.FEMALE ? WOMEN : MEN);
	}

	Name child(Sex sex, String family, String father) {
		return name(sex, family, sex == Sex.FEMALE ? GIRLS : BOYS, father);
	}

	/** A boy's given name, for the kunya ("Abu Yusuf") of a man whose children are not registered. */
	String boy() {
		return pick(BOYS);
	}

	Name grandparent(Sex sex, String family) {
		return named(sex, family, sex == Sex.FEMALE ? GRANDMOTHERS : GRANDFATHERS);
	}

	/** The given name in Arabic script, when the camps' documents would have had one. */
	String arabic(String given) {
		return ARABIC.get(given);
	}

	private Name named(Sex sex, String family, List<String> givenNames) {
		return name(sex, family, givenNames, pick(FATHERS));
	}

	/**
	 * Each surname and given name are combined once only: two people of one name (siblings included) would look
	 * like a duplicate record, and the demo's duplicates are meant to be the deliberate ones. "Ахмедова Мадина"
	 * is never drawn, so that searches for the example find exactly the persons placed on purpose.
	 */
	private Name name(Sex sex, String family, List<String> givenNames, String father) {
		String surname = surname(family, sex);
		String given = pick(givenNames);
		for (int attempt = 0; attempt < 100 && !taken.add(surname + " " + given); attempt++) {
			given = pick(givenNames);
		}
		return new Name(surname, given, patronymic(father, sex));
	}

	/** Ахмедов → Ахмедова; Раҳимзода stays as it is. */
	static String surname(String masculine, Sex sex) {
		return sex == Sex.MALE || masculine.endsWith("зода") ? masculine : masculine + "а";
	}

	/**
	 * About half write the Russian patronymic (Рустамович, Рустамовна), the others the Uzbek one (Рустам ўғли,
	 * Рустам қизи), as people do on Uzbek documents; a few records have none, as in the camps' lists.
	 */
	private String patronymic(String father, Sex sex) {
		int style = random.nextInt(10);
		if (style == 0) {
			return "";
		}
		if (style <= 4) {
			return father + (sex == Sex.MALE ? " ўғли" : " қизи");
		}
		String stem = father.endsWith("ш") || father.endsWith("ч") || father.endsWith("ж") ? father + "е" : father + "о";
		return stem + (sex == Sex.MALE ? "вич" : "вна");
	}

	static String latin(String cyrillic, LatinStyle style) {
		return cyrillic == null || cyrillic.isEmpty() ? null : Transliteration.toLatin(cyrillic, style);
	}

	private String pick(List<String> names) {
		return names.get(random.nextInt(names.size()));
	}
}

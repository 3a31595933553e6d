package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.homeward.registry.PersonDetails;
import org.homeward.registry.PersonNames;
import org.homeward.registry.names.LatinStyle;
import org.homeward.registry.names.NameKey;
import org.homeward.registry.names.NameVariants;
import org.homeward.registry.names.Transliteration;

/**
 * What the registry indexes of a person's names: the phonetic keys of every name and alias, in every script, so
 * that a search in one spelling finds the others, and a sort name so that lists are alphabetical in Latin order.
 */
public final class NameIndex {

	private NameIndex() {
	}

	/**
	 * The version of the rules the stored index was made with; rows of an older version are indexed again at
	 * start-up ({@link NameIndexRefresh}).
	 */
	public static final int VERSION = 2;

	/** A whole-name term is marked so that it never meets a prefix of a longer name. */
	static final String WHOLE = "=";

	/**
	 * The indexed form of a person's names.
	 *
	 * @param keys the {@link NameKey}s of every name and alias
	 * @param sortName the name lists are sorted by
	 * @param searchTerms what a search meets: every prefix of every {@link NameVariants loose key} of every name
	 *        and alias, and each loose key as a whole name ({@link NameVariants#whole})
	 * @param matchKeys the blocking keys of duplicate matching: each whole loose key of the person's names (not
	 *        aliases) with the year of birth
	 */
	public record Entry(List<String> keys, String sortName, List<String> searchTerms, List<String> matchKeys) {
	}

	public static Entry of(PersonDetails person) {
		Set<String> keys = new LinkedHashSet<>();
		for (List<String> variant : variants(person)) {
			keys.addAll(variant);
		}
		for (String alias : person.aliases()) {
			keys.addAll(NameKey.tokensOf(alias));
		}
		Set<String> terms = new LinkedHashSet<>();
		Set<String> matchKeys = new LinkedHashSet<>();
		for (List<Set<String>> name : looseVariants(person)) {
			for (Set<String> token : name) {
				addTerms(terms, token);
				for (String key : token) {
					matchKeys.add(matchKey(key, person.birthDate().getYear()));
				}
			}
		}
		for (String alias : person.aliases()) {
			NameVariants.tokensOf(alias).forEach(token -> addTerms(terms, token));
		}
		return new Entry(List.copyOf(keys), sortName(person), List.copyOf(terms), List.copyOf(matchKeys));
	}

	/** The terms a typed search token is looked up by: its loose keys as prefixes, and as whole names. */
	public static List<String> queryTerms(String typedToken) {
		Set<String> terms = new LinkedHashSet<>();
		for (String key : NameVariants.of(typedToken)) {
			terms.add(key);
			terms.add(WHOLE + NameVariants.whole(key));
		}
		return List.copyOf(terms);
	}

	/** A blocking key of duplicate matching. */
	public static String matchKey(String looseKey, int birthYear) {
		return WHOLE + NameVariants.whole(looseKey) + ":" + birthYear;
	}

	/** Each way the person's full name is written, as the loose keys of its tokens. */
	public static List<List<Set<String>>> looseVariants(PersonDetails person) {
		List<List<Set<String>>> variants = new ArrayList<>();
		addLoose(variants, PersonNames.join(person.surnameLatin(), person.givenNameLatin(), person.patronymicLatin()));
		addLoose(variants, PersonNames.join(person.surnameCyrillic(), person.givenNameCyrillic(), person.patronymicCyrillic()));
		addLoose(variants, person.nameOriginal());
		return variants;
	}

	private static void addLoose(List<List<Set<String>>> variants, String name) {
		if (name != null && !name.isBlank()) {
			List<Set<String>> tokens = NameVariants.tokensOf(name);
			if (!tokens.isEmpty()) {
				variants.add(tokens);
			}
		}
	}

	private static void addTerms(Set<String> terms, Set<String> token) {
		for (String key : token) {
			for (int length = Math.min(2, key.length()); length <= key.length(); length++) {
				terms.add(key.substring(0, length));
			}
			terms.add(WHOLE + NameVariants.whole(key));
		}
	}

	/**
	 * Each way the person's full name is written, as keys: Latin, Cyrillic and original. Two registrations are the
	 * same name when any variant of one matches any variant of the other. Aliases are searched but not matched:
	 * a kunya such as "Umm Yusuf" is shared by many women.
	 */
	public static List<List<String>> variants(PersonDetails person) {
		List<List<String>> variants = new ArrayList<>();
		addVariant(variants, PersonNames.join(person.surnameLatin(), person.givenNameLatin(), person.patronymicLatin()));
		addVariant(variants, PersonNames.join(person.surnameCyrillic(), person.givenNameCyrillic(), person.patronymicCyrillic()));
		addVariant(variants, person.nameOriginal());
		return variants;
	}

	private static void addVariant(List<List<String>> variants, String name) {
		if (name != null && !name.isBlank()) {
			List<String> keys = NameKey.tokensOf(name);
			if (!keys.isEmpty()) {
				variants.add(keys);
			}
		}
	}

	private static String sortName(PersonDetails person) {
		String latin = PersonNames.join(person.surnameLatin(), person.givenNameLatin(), person.patronymicLatin());
		String name = latin.isBlank()
				? Transliteration.toLatin(PersonNames.join(person.surnameCyrillic(), person.givenNameCyrillic(),
						person.patronymicCyrillic()), LatinStyle.PASSPORT)
				: latin;
		return name.toLowerCase(Locale.ROOT);
	}

}

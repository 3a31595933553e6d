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
import org.homeward.registry.names.Transliteration;

/**
 * What the registry indexes of a person's names: the phonetic keys of every name and alias, in every script, so
 * that a search in one spelling finds the others, and a sort name so that lists are alphabetical in Latin order.
 */
public final class NameIndex {

	private NameIndex() {
	}

	/** The indexed form of a person's names. */
	public record Entry(List<String> keys, String sortName) {
	}

	public static Entry of(PersonDetails person) {
		Set<String> keys = new LinkedHashSet<>();
		for (List<String> variant : variants(person)) {
			keys.addAll(variant);
		}
		for (String alias : person.aliases()) {
			keys.addAll(NameKey.tokensOf(alias));
		}
		return new Entry(List.copyOf(keys), sortName(person));
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

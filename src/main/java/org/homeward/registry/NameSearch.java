package org.homeward.registry;

import java.util.List;

import org.homeward.registry.internal.NameIndex;
import org.homeward.registry.names.NameKey;

/**
 * How a typed name is looked up in the persons' name index, for other modules that find people by name (the
 * caseload): each word of the name as the index terms any of which matches it, in any script. A person matches when
 * their {@code person.search_terms} overlap the terms of every word.
 */
public final class NameSearch {

	private NameSearch() {
	}

	/** The index terms of each word of a typed name; empty when nothing in it can be searched for. */
	public static List<List<String>> termsOf(String typedName) {
		return typedName == null ? List.of()
				: NameKey.rawTokensOf(typedName).stream().map(NameIndex::queryTerms).filter(t -> !t.isEmpty()).toList();
	}
}

package org.homeward.registry;

import java.util.List;

import org.homeward.registry.internal.NameIndex;

/**
 * The registry's name index of a person, made by the registry's own rules, for those who load persons in bulk
 * (the synthetic data generator) and must store exactly what a registration through {@link PersonRegistry} would.
 *
 * @param keys the phonetic keys ({@code person.name_keys})
 * @param sortName the name lists are sorted by
 * @param searchTerms what a search meets ({@code person.search_terms})
 * @param matchKeys the blocking keys of duplicate matching ({@code person.match_keys})
 * @param version the version of the rules ({@code person.name_index_version})
 */
public record NameIndexing(List<String> keys, String sortName, List<String> searchTerms, List<String> matchKeys,
		int version) {

	public static NameIndexing of(PersonDetails person) {
		NameIndex.Entry entry = NameIndex.of(person);
		return new NameIndexing(entry.keys(), entry.sortName(), entry.searchTerms(), entry.matchKeys(), NameIndex.VERSION);
	}
}

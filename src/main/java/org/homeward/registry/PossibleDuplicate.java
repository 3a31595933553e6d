package org.homeward.registry;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A registered person who may be the one being registered. A match outside the worker's region is reported without
 * any personal data: only that it exists, so that the national coordinator can be asked to check.
 *
 * @param personId the match, when the worker may open it
 * @param name the match's name, when the worker may see it
 */
public record PossibleDuplicate(UUID personId, String name, LocalDate birthDate, Set<Reason> reasons,
		boolean withinScope) {

	public enum Reason {
		/** The same name across scripts and spellings, born within a year. */
		NAME_AND_BIRTH_DATE,
		/** The same identity document number. */
		SAME_DOCUMENT
	}
}

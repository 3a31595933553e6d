package org.homeward.audit;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the records of the audit trail as people refer to them, for the auditor's pages: a case by its number, a
 * referral by its service and case, a meeting by its title; never by an identifier no one can read. The module that
 * owns a kind of record implements this; the audit module asks every implementation, so that it never needs to
 * know the modules whose reading it records.
 */
public interface RecordNames {

	/** The record types this names, as the trail records them ("CASE", "REFERRAL"). */
	Set<String> types();

	/** A name for each of these records of this type that still exists, in the reader's language. */
	Map<String, String> names(String type, Collection<String> ids, Locale locale);

	/**
	 * The records a reference the auditor typed (a case number, a username) stands for, by type; none when it is not
	 * one this names.
	 */
	default Map<String, Set<String>> resolve(String reference) {
		return Map.of();
	}
}

package org.homeward.registry;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymisation of a person whose closed case passed its retention period, for the cases module's retention job:
 * names, aliases, the locality and identity documents are removed; the date of birth keeps only its year (1 July),
 * so that counts by age band stay right; sex, citizenship status, region, repatriation operation and arrival date
 * stay, for the indicators. Not reachable from a page or the API.
 */
@Service
public class PersonRetention {

	private final JdbcClient jdbc;

	PersonRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void anonymise(UUID personId) {
		jdbc.sql("DELETE FROM identity_document WHERE person_id = ?").param(personId).update();
		jdbc.sql("""
				UPDATE person SET surname_latin = NULL, given_name_latin = NULL, patronymic_latin = NULL,
				  surname_cyrillic = NULL, given_name_cyrillic = NULL, patronymic_cyrillic = NULL, name_original = NULL,
				  aliases = '{}', locality = NULL, name_keys = '{}', sort_name = '',
				  birth_date = make_date(extract(year FROM birth_date)::int, 7, 1), birth_date_estimated = true,
				  version = version + 1, updated_at = now(), updated_by = 'retention'
				WHERE id = ?""").param(personId).update();
	}
}

package org.homeward.registry.internal;

import java.util.Map;

import org.homeward.audit.RecordNamesBySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the registry's repatriation operations by name, and households by their region, for the auditor; a
 * household's label may name the family, which the auditor does not need to read. Persons are named by the case
 * module, by their case's number.
 */
@Component
class RegistryRecordNames extends RecordNamesBySql {

	RegistryRecordNames(JdbcClient jdbc) {
		super(jdbc, Map.of("OPERATION", "SELECT id, name FROM repatriation_operation WHERE id IN (:ids)",
				"HOUSEHOLD", """
						SELECT h.id, CASE :lang WHEN 'ru' THEN r.name_ru WHEN 'uz' THEN
						  CASE WHEN r.country_code = 'UZ' THEN r.name_local ELSE r.name_en END ELSE r.name_en END AS name
						FROM household h JOIN region r ON r.id = h.region_id WHERE h.id IN (:ids)"""));
	}
}

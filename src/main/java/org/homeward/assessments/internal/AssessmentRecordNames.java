package org.homeward.assessments.internal;

import java.util.Map;

import org.homeward.audit.RecordNamesBySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names assessments by their instrument, date and case number, for the auditor. */
@Component
class AssessmentRecordNames extends RecordNamesBySql {

	AssessmentRecordNames(JdbcClient jdbc) {
		super(jdbc, Map.of("ASSESSMENT", """
				SELECT a.id, CASE :lang WHEN 'ru' THEN i.name_ru WHEN 'uz' THEN i.name_uz ELSE i.name_en END
				  || ' · ' || to_char(a.assessed_on, 'DD.MM.YYYY') || ' · ' || c.number AS name
				FROM assessment a JOIN assessment_instrument i ON i.code = a.instrument_code
				JOIN case_file c ON c.id = a.case_id WHERE a.id IN (:ids)"""));
	}
}

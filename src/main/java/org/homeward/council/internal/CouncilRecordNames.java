package org.homeward.council.internal;

import java.util.Map;

import org.homeward.audit.RecordNamesBySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names the Council's records by their titles in the reader's language (a recommendation by its number), for the auditor. */
@Component
class CouncilRecordNames extends RecordNamesBySql {

	private static final String MEETING_TITLE = """
			coalesce(nullif(CASE :lang WHEN 'ru' THEN m.title_ru WHEN 'uz' THEN m.title_uz END, ''), m.title)""";

	CouncilRecordNames(JdbcClient jdbc) {
		super(jdbc, Map.ofEntries(
				Map.entry("COUNCIL_PARTICIPANT", """
						SELECT id, coalesce(name, function) AS name FROM council_participant WHERE id IN (:ids)"""),
				Map.entry("COUNCIL_INVITATION", """
						SELECT i.id, CASE :lang WHEN 'ru' THEN o.name_ru WHEN 'uz' THEN o.name_uz ELSE o.name_en END AS name
						FROM council_invitation i JOIN organization o ON o.id = i.organization_id WHERE i.id IN (:ids)"""),
				Map.entry("COUNCIL_MEETING",
						"SELECT m.id, " + MEETING_TITLE + " AS name FROM council_meeting m WHERE m.id IN (:ids)"),
				Map.entry("COUNCIL_AGENDA_ITEM", """
						SELECT a.id, coalesce(nullif(CASE :lang WHEN 'ru' THEN a.title_ru WHEN 'uz' THEN a.title_uz END, ''),
						  a.title) AS name FROM council_agenda_item a WHERE a.id IN (:ids)"""),
				Map.entry("COUNCIL_RECOMMENDATION", "SELECT r.id, 'R' || r.number || ' · ' || " + MEETING_TITLE + """
						 AS name FROM council_recommendation r JOIN council_meeting m ON m.id = r.meeting_id
						WHERE r.id IN (:ids)"""),
				Map.entry("COUNCIL_MATERIAL", "SELECT id, title AS name FROM council_material WHERE id IN (:ids)"),
				Map.entry("COUNCIL_GOOD_PRACTICE", "SELECT id, title AS name FROM council_good_practice WHERE id IN (:ids)"),
				Map.entry("COUNCIL_WORKING_GROUP", """
						SELECT id, CASE :lang WHEN 'ru' THEN name_ru WHEN 'uz' THEN name_uz ELSE name_en END AS name
						FROM council_working_group WHERE id IN (:ids)""")));
	}
}

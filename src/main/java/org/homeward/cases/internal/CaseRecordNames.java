package org.homeward.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.audit.RecordNames;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the case module's records in the audit trail by case number: a case, the person of a case, an emergency
 * access (with its section), a transfer, an attached file. A person without a case is named as a registry record.
 * The auditor reads numbers, not names: who a person is stays in the case.
 */
@Component
class CaseRecordNames implements RecordNames {

	private static final Set<String> TYPES = Set.of("CASE", "PERSON", "EMERGENCY_ACCESS", "TRANSFER", "ATTACHMENT");

	private final JdbcClient jdbc;
	private final MessageSource messages;

	CaseRecordNames(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public Set<String> types() {
		return TYPES;
	}

	@Override
	public Map<String, String> names(String type, Collection<String> ids, Locale locale) {
		List<UUID> uuids = ids.stream().map(CaseRecordNames::uuid).filter(java.util.Objects::nonNull).toList();
		Map<String, String> names = new HashMap<>();
		if (uuids.isEmpty()) {
			return names;
		}
		String sql = switch (type) {
			case "CASE" -> "SELECT id, number AS name FROM case_file WHERE id IN (:ids)";
			case "PERSON" -> """
					SELECT p.id, coalesce(c.number, '') AS name FROM person p LEFT JOIN case_file c ON c.person_id = p.id
					WHERE p.id IN (:ids)""";
			case "EMERGENCY_ACCESS" -> """
					SELECT e.id, c.number || ' · ' || e.section AS name FROM emergency_access e
					JOIN case_file c ON c.id = e.case_id WHERE e.id IN (:ids)""";
			case "TRANSFER" -> """
					SELECT t.id, c.number AS name FROM case_transfer t JOIN case_file c ON c.id = t.case_id
					WHERE t.id IN (:ids)""";
			case "ATTACHMENT" -> """
					SELECT a.id, c.number || ' · ' || a.section AS name FROM case_attachment a
					JOIN case_file c ON c.id = a.case_id WHERE a.id IN (:ids)""";
			default -> null;
		};
		if (sql == null) {
			return names;
		}
		jdbc.sql(sql).param("ids", uuids).query((java.sql.ResultSet rs) -> {
			String name = rs.getString("name");
			names.put(rs.getString("id"), "PERSON".equals(type)
					? (name.isEmpty() ? messages.getMessage("audit.name.registryRecord", null, locale)
							: messages.getMessage("audit.name.personOfCase", new Object[] { name }, locale))
					: sectionNamed(name, locale));
		});
		return names;
	}

	/** Case numbers stand for themselves; "UZ-TAS-2026-000123 · HEALTH" gets the section's name. */
	private String sectionNamed(String name, Locale locale) {
		int dot = name.indexOf(" · ");
		return dot < 0 ? name : name.substring(0, dot) + " · "
				+ messages.getMessage("section." + name.substring(dot + 3), null, name.substring(dot + 3), locale);
	}

	@Override
	public Map<String, Set<String>> resolve(String reference) {
		return jdbc.sql("SELECT id, person_id FROM case_file WHERE number = upper(trim(?))").param(reference)
				.query((rs, n) -> Map.of("CASE", Set.of(rs.getString("id")), "PERSON",
						Set.of(rs.getString("person_id"))))
				.optional().orElse(Map.of());
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notOne) {
			return null;
		}
	}
}

package org.homeward.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.CaseFacts;
import org.homeward.cases.CaseHeader;
import org.homeward.cases.CaseScope;
import org.homeward.cases.CaseStage;
import org.homeward.cases.Section;
import org.homeward.registry.PersonNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases in PostgreSQL: what decides who reaches a case, and the facts other modules read. */
@Repository
public class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CaseScope.Subject> scopeSubject(UUID caseId) {
		return jdbc.sql("SELECT id, region_id, case_manager_id FROM case_file WHERE id = ?").param(caseId)
				.query((rs, n) -> new CaseScope.Subject(rs.getObject("id", UUID.class),
						rs.getObject("region_id", UUID.class), rs.getObject("case_manager_id", UUID.class),
						assignedSpecialists(caseId)))
				.optional();
	}

	private Map<Section, UUID> assignedSpecialists(UUID caseId) {
		Map<Section, UUID> assigned = new EnumMap<>(Section.class);
		jdbc.sql("SELECT section, assigned_specialist_id FROM case_section WHERE case_id = ? AND assigned_specialist_id IS NOT NULL")
				.param(caseId)
				.query((ResultSet rs) -> {
					assigned.put(Section.valueOf(rs.getString("section")), rs.getObject("assigned_specialist_id", UUID.class));
				});
		return assigned;
	}

	public Optional<CaseFacts> facts(UUID caseId) {
		return jdbc.sql("""
				SELECT c.id, c.person_id, c.region_id, c.stage, p.birth_date
				FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.id = ?""").param(caseId)
				.query((rs, n) -> new CaseFacts(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
						rs.getObject("region_id", UUID.class), CaseStage.valueOf(rs.getString("stage")),
						rs.getObject("birth_date", LocalDate.class)))
				.optional();
	}

	public Optional<CaseHeader> header(UUID caseId) {
		return jdbc.sql("""
				SELECT c.id, c.person_id, c.stage, p.surname_latin, p.given_name_latin, p.patronymic_latin,
				  p.surname_cyrillic, p.given_name_cyrillic, p.patronymic_cyrillic
				FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.id = ?""").param(caseId)
				.query((rs, n) -> new CaseHeader(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
						displayName(rs), CaseStage.valueOf(rs.getString("stage"))))
				.optional();
	}

	/** The name a list or heading shows: Latin when recorded, else Cyrillic. */
	static String displayName(ResultSet rs) throws SQLException {
		String latin = PersonNames.join(rs.getString("surname_latin"), rs.getString("given_name_latin"),
				rs.getString("patronymic_latin"));
		return latin.isEmpty() ? PersonNames.join(rs.getString("surname_cyrillic"), rs.getString("given_name_cyrillic"),
				rs.getString("patronymic_cyrillic")) : latin;
	}
}

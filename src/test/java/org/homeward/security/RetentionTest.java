package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.homeward.cases.CaseRetention;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A closed case is kept for the retention period (five years by default) and then anonymised: names, the exact birth
 * date, documents, notes and files go; its stage history, region and the person's sex and birth year stay, so that
 * it is still counted; and the anonymisation is audited. The job is run with the clock set past the period.
 */
@HomewardTest
class RetentionTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseRetention retention;

	@Test
	void aClosedCaseIsAnonymisedOnlyAfterItsRetentionPeriodAndStaysCounted() {
		Http caseManager = new Http(port).as(Demo.CASE_MANAGER);
		String tashkent = regionId(caseManager, "Tashkent");
		String personId = caseManager.post("/api/v1/persons", registration(
				person("Retentova", "Zulfiya", "1988-04-17", tashkent), List.of())).json().get("id").asString();
		String caseId = caseManager.post("/api/v1/cases", Map.of("personId", personId)).json().get("id").asString();
		assertThat(caseManager.post("/api/v1/cases/" + caseId + "/sections/FAMILY/notes",
				Map.of("notedOn", "2026-01-15", "text", "Lives with her aunt")).status()).isEqualTo(201);
		// closed on 2 January 2020, as the coordinator's approval would have recorded it
		Instant closed = Instant.parse("2020-01-02T10:00:00Z");
		jdbc.update("UPDATE case_file SET stage = 'CLOSED' WHERE id = ?::uuid", caseId);
		jdbc.update("INSERT INTO case_stage_change (case_id, from_stage, to_stage, kind, reason, changed_by, changed_at)"
				+ " VALUES (?::uuid, 'MONITORING', 'CLOSED', 'CLOSURE', 'Reintegrated with her aunt', 'coordinator', ?)",
				caseId, java.sql.Timestamp.from(closed));

		// the clock a day before the five years are over (the demo's cases, closed later, are not due either)
		assertThat(retention.anonymiseDue(closed.atOffset(ZoneOffset.UTC).plusYears(5).minusDays(1).toInstant()))
				.isZero();
		assertThat(surname(personId)).as("within the period, nothing changes").isEqualTo("Retentova");

		assertThat(retention.anonymiseDue(closed.atOffset(ZoneOffset.UTC).plusYears(5).plusDays(1).toInstant()))
				.isEqualTo(1);

		assertThat(surname(personId)).isNull();
		assertThat(jdbc.queryForObject("SELECT birth_date FROM person WHERE id = ?::uuid", LocalDate.class, personId))
				.as("the birth year stays, for age bands").isEqualTo(LocalDate.of(1988, 7, 1));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM case_note WHERE case_id = ?::uuid", Long.class, caseId))
				.isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM case_stage_change WHERE case_id = ?::uuid AND reason <> ''",
				Long.class, caseId)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM case_stage_change WHERE case_id = ?::uuid AND to_stage = 'CLOSED'",
				Long.class, caseId)).as("the stage history and its dates stay").isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = 'CASE' AND record_id = ?"
				+ " AND action = 'DELETE' AND actor = 'retention'", Long.class, caseId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT sex FROM person WHERE id = ?::uuid", String.class, personId)).isNotBlank();

		// the job is idempotent: run again, nothing more happens
		assertThat(retention.anonymiseDue(closed.atOffset(ZoneOffset.UTC).plusYears(5).plusDays(2).toInstant())).isZero();
	}

	private String surname(String personId) {
		return jdbc.queryForObject("SELECT surname_latin FROM person WHERE id = ?::uuid", String.class, personId);
	}
}

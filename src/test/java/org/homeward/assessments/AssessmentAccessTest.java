package org.homeward.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.assessments.AssessmentApiTest.RPI_ANSWERS;
import static org.homeward.assessments.AssessmentApiTest.assessment;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may read and record a case's assessments, as the case decides (CaseGrant#assessments): those who read the
 * core profile and the psychosocial section read them, the case's case manager records them; a user who reaches the
 * case without that right gets 403, one who does not reach it 404. Every read and record is audited.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentAccessTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Http api;
	JdbcTemplate jdbc;
	UUID adultCase;

	@BeforeAll
	void openCase() {
		api = new Http(port);
		jdbc = new JdbcTemplate(dataSource);
		TestCases cases = new TestCases(api, jdbc);
		adultCase = cases.open("Ruxsatova", LocalDate.of(1989, 9, 9));
		cases.assign(adultCase, "PSYCHOSOCIAL", Demo.PSYCHOLOGIST);
	}

	private String path() {
		return "/api/v1/cases/" + adultCase + "/assessments";
	}

	static Stream<Arguments> rolesAndTheirRights() {
		return Stream.of(
				// role, reading, the assessments due (the case manager's and coordinator's planning), recording
				Arguments.of(Demo.CASE_MANAGER, 200, 200, 201),
				Arguments.of(Demo.COORDINATOR, 200, 200, 403),
				// assigned the case's psychosocial section: reads the psychosocial items of the assessments only
				Arguments.of(Demo.PSYCHOLOGIST, 200, 403, 403),
				Arguments.of(Demo.REGIONAL_COORDINATOR, 404, 404, 404), // Fergana: not their region
				Arguments.of(Demo.CASE_MANAGER_FERGANA, 404, 404, 404),
				Arguments.of(Demo.HEALTH_SPECIALIST, 404, 404, 404), // not assigned
				Arguments.of(Demo.JUSTICE_OFFICER, 403, 403, 403), // reaches the case, not its assessments
				Arguments.of(Demo.SECURITY_OFFICER, 403, 403, 403),
				Arguments.of(Demo.AUDITOR, 403, 403, 403), // "who viewed" only
				Arguments.of(Demo.COMMUNITY_WORKER, 404, 404, 404),
				Arguments.of(Demo.CSO_WORKER, 404, 404, 404),
				Arguments.of(Demo.ANALYST, 404, 404, 404),
				Arguments.of(Demo.ADMIN, 404, 404, 404),
				Arguments.of(Demo.SECRETARIAT, 404, 404, 404));
	}

	@ParameterizedTest(name = "{0}: read {1}, due {2}, record {3}")
	@MethodSource("rolesAndTheirRights")
	void whoMayReadAndRecordFollowsTheCase(String role, int reading, int due, int recording) {
		Http user = api.as(role);

		assertThat(user.get(path()).status()).isEqualTo(reading);
		assertThat(user.get(path() + "/trend").status()).isEqualTo(reading);
		assertThat(user.get(path() + "/due").status()).isEqualTo(due);
		var recorded = user.post(path(), assessment("RPI", LocalDate.now(), RPI_ANSWERS));
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(recording);
		if (recording != 201) {
			assertThat(recorded.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
		}
	}

	@Test
	void anonymousCallersMustSignIn() {
		assertThat(api.get(path()).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/assessment-instruments").status()).isEqualTo(401);
	}

	@Test
	void readingAndRecordingAreAudited() {
		Http caseManager = api.as(Demo.CASE_MANAGER);
		var recorded = caseManager.post(path(), assessment("RPI", LocalDate.now(), RPI_ANSWERS));
		caseManager.get(path());

		String id = recorded.json().get("id").asString();
		assertThat(jdbc.queryForList("""
				SELECT detail FROM audit_entry WHERE record_type = 'ASSESSMENT' AND record_id = ? AND action = 'CREATE'
				AND actor = ?""", String.class, id, Demo.CASE_MANAGER))
				.containsExactly("case=" + adultCase + " instrument=RPI");
		assertThat(jdbc.queryForList("""
				SELECT detail FROM audit_entry WHERE record_type = 'CASE' AND record_id = ? AND action = 'VIEW'
				AND actor = ? ORDER BY id DESC LIMIT 1""", String.class, adultCase.toString(), Demo.CASE_MANAGER))
				.containsExactly("assessments");
	}
}

package org.homeward.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.support.Demo;
import org.homeward.support.Http;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases for the assessment tests, opened as a case manager opens them: a person registered in Tashkent and their
 * case opened through the API by the demo's Tashkent case manager, who then manages it.
 */
final class TestCases {

	private final Http caseManager;
	private final JdbcTemplate jdbc;
	private final String tashkent;

	TestCases(Http api, JdbcTemplate jdbc) {
		this.caseManager = api.as(Demo.CASE_MANAGER);
		this.jdbc = jdbc;
		this.tashkent = regionId(caseManager, "Tashkent");
	}

	/** The case of a newly registered person born on that day; a child's opening makes a best-interests assessment due. */
	UUID open(String surname, LocalDate birthDate) {
		var registered = caseManager.post("/api/v1/persons",
				registration(person(surname, "Testa", birthDate.toString(), tashkent), List.of()));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		var opened = caseManager.post("/api/v1/cases", Map.of("personId", registered.json().get("id").asString()));
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		return UUID.fromString(opened.json().get("id").asString());
	}

	/** Assigns a section of the case to a specialist, so that they reach the case. */
	void assign(UUID caseId, String section, String username) {
		String path = "/api/v1/cases/" + caseId + "/sections/" + section;
		int version = caseManager.get(path).json().get("version").asInt();
		UUID specialist = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", UUID.class, username);
		var assigned = caseManager.put(path + "/specialist", Map.of("version", version, "specialistId", specialist));
		assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
	}

	long assessments(UUID caseId) {
		return jdbc.queryForObject("SELECT count(*) FROM assessment WHERE case_id = ?", Long.class, caseId);
	}
}

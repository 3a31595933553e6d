package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.homeward.support.StoredRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The bad values of the review (issue 9, finding 15), one by one: each is refused with 400 or 422 naming the field,
 * in the caller's language, and leaves nothing stored; none answers 500, none is taken silently.
 * {@link EveryWriteRouteRefusesBadInputTest} sends the same kinds of value to every route.
 */
@HomewardTest
class BadValuesTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Http caseManager;
	String tashkent;
	StoredRows rows;
	Map<String, String> before;

	@BeforeEach
	void setUp() {
		caseManager = new Http(port).as(Demo.CASE_MANAGER);
		tashkent = regionId(caseManager, "Tashkent");
		rows = new StoredRows(JdbcClient.create(dataSource));
	}

	private void rememberWhatIsStored() {
		before = rows.settled();
	}

	private void assertNothingStored() {
		assertThat(StoredRows.changes(before, rows.snapshot())).as("what changed").isEmpty();
	}

	private static String messageFor(JsonNode problem, String field) {
		for (JsonNode error : problem.path("errors")) {
			if (error.get("field").asString().equals(field)) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("no error for " + field + " in " + problem);
	}

	private String openCase(String surname, String birthDate) {
		var person = caseManager.post("/api/v1/persons",
				registration(person(surname, "Badvalue", birthDate, tashkent), List.of()));
		assertThat(person.status()).as(person.text()).isEqualTo(201);
		var opened = caseManager.post("/api/v1/cases", Map.of("personId", person.json().get("id").asString()));
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	// --- NUL bytes ---

	@Test
	void aNulByteInAJsonTextIsRefusedNamingTheField() {
		rememberWhatIsStored();

		var answer = caseManager.post("/api/v1/persons",
				registration(person("Nul\u0000ova", "Zarina", "1990-01-01", tashkent), List.of()));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(messageFor(answer.json(), "person.surnameLatin")).contains("control character");
		assertNothingStored();
	}

	@Test
	void aNulByteInAFormIsRefusedOnAPageThatNamesTheFieldInTheUsersLanguage() {
		Pages pages = Pages.signIn(port, Demo.COORDINATOR).inLanguage("ru");
		var form = pages.get("/registry/persons/new?lang=ru");
		Map<String, String> fields = new HashMap<>();
		fields.put("person.surnameCyrillic", "Каримова\u0000");
		fields.put("person.givenNameCyrillic", "Зарина");
		fields.put("person.sex", "FEMALE");
		fields.put("person.birthDate", "1990-01-01");
		fields.put("person.citizenshipStatus", "CITIZEN");
		fields.put("person.kind", "RETURNEE");
		fields.put("person.regionId", tashkent);
		rememberWhatIsStored();

		var answer = pages.post("/registry/persons", fields, form);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.html()).contains("data-field=\"person.surnameCyrillic\"")
				.contains("управляющий символ");
		assertNothingStored();
	}

	@Test
	void aNulByteInAFileNameIsRefusedNotAnError() {
		String caseId = openCase("Filenamova", "1990-01-01");
		rememberWhatIsStored();

		var answer = caseManager.multipart("POST", "/api/v1/cases/" + caseId + "/sections/FAMILY/attachments",
				Map.of(), "file", "scan\u0000.pdf");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("filename");
		assertNothingStored();
	}

	// --- paging ---

	@Test
	void aNegativePageOrAHugeSizeIsRefusedNamingTheParameterNotCorrected() {
		var negative = caseManager.get("/api/v1/persons?page=-1");
		var huge = caseManager.get("/api/v1/persons?size=100000");
		var page = Pages.signIn(port, Demo.CASE_MANAGER).get("/cases?page=-1");

		assertThat(negative.status()).isEqualTo(400);
		assertThat(messageFor(negative.json(), "page")).isNotBlank();
		assertThat(huge.status()).isEqualTo(400);
		assertThat(messageFor(huge.json(), "size")).isNotBlank();
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.html()).contains("data-field=\"page\"");
	}

	@Test
	void aPageBeyondTheLastIsNoError() {
		assertThat(Pages.signIn(port, Demo.CASE_MANAGER).get("/cases?page=999").status()).isEqualTo(200);
		assertThat(caseManager.get("/api/v1/cases?page=999").status()).isEqualTo(200);
	}

	// --- unknown ids ---

	@Test
	void anUnknownOrganisationOfACaseIsRefusedNamingTheField() {
		String caseId = openCase("Orgova", "1990-01-01");
		var person = caseManager.post("/api/v1/persons",
				registration(person("Orgovna", "Badvalue", "1991-01-01", tashkent), List.of()));
		int version = caseManager.get("/api/v1/cases/" + caseId).json().get("version").asInt();
		String nowhere = "00000000-0000-4000-8000-000000000009";
		rememberWhatIsStored();

		var opened = caseManager.post("/api/v1/cases",
				Map.of("personId", person.json().get("id").asString(), "owningOrganizationId", nowhere));
		var edited = caseManager.put("/api/v1/cases/" + caseId,
				Map.of("version", version, "owningOrganizationId", nowhere));

		assertThat(opened.status()).as(opened.text()).isEqualTo(422);
		assertThat(messageFor(opened.json(), "owningOrganizationId")).isNotBlank();
		assertThat(edited.status()).as(edited.text()).isEqualTo(422);
		assertThat(messageFor(edited.json(), "owningOrganizationId")).isNotBlank();
		assertNothingStored();
	}

	@Test
	void anUnknownOrganisationOfAPlanActionIsRefusedNamingTheField() {
		String caseId = openCase("Planova", "1990-01-01");
		var goal = caseManager.post("/api/v1/cases/" + caseId + "/plan/goals",
				Map.of("domain", "FAMILY", "description", "A home"));
		rememberWhatIsStored();

		var answer = caseManager.post("/api/v1/cases/" + caseId + "/plan/actions",
				Map.of("goalId", goal.json().get("id").asString(), "description", "Find a flat",
						"responsibleOrganizationId", "00000000-0000-4000-8000-000000000009",
						"dueDate", LocalDate.now().plusDays(10).toString()));

		assertThat(answer.status()).as(answer.text()).isEqualTo(422);
		assertThat(messageFor(answer.json(), "responsibleOrganizationId")).isNotBlank();
		assertThat(answer.text()).doesNotContain("00000000-0000-4000-8000-000000000009").doesNotContainIgnoringCase("sql");
		assertNothingStored();
	}

	// --- values accepted silently ---

	@Test
	void aBirthDateSentAsANumberIsRefusedNotStoredAs1970() {
		Map<String, Object> person = person("Epochova", "Zarina", null, tashkent);
		person.put("birthDate", 20000);
		rememberWhatIsStored();

		var answer = caseManager.post("/api/v1/persons", registration(person, List.of()));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(messageFor(answer.json(), "person.birthDate")).contains("2024-05-14");
		assertNothingStored();
	}

	@Test
	void aFractionOfMinutesIsRefusedNotRoundedDown() {
		String caseId = openCase("Minutova", "2015-01-01");
		rememberWhatIsStored();

		var answer = new Http(port).as(Demo.TEACHER).postRaw("/api/v1/cases/" + caseId + "/emergency-access",
				"{\"section\": \"EDUCATION\", \"reason\": \"A child in danger at school\", \"minutes\": 1.5}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(messageFor(answer.json(), "minutes")).contains("whole number");
		assertNothingStored();
	}

	@Test
	void aConsentDatedBeforeThePersonsBirthIsRefusedNamingTheDate() {
		String caseId = openCase("Consentova", "2000-06-01");
		rememberWhatIsStored();

		var answer = caseManager.post("/api/v1/cases/" + caseId + "/consents",
				Map.of("givenBy", "GUARDIAN", "guardianName", "Her aunt", "organizationTypes", List.of("LOCAL_COMMUNITY"),
						"purposes", List.of("MENTORING"), "givenOn", "1999-01-01"));

		assertThat(answer.status()).as(answer.text()).isEqualTo(422);
		assertThat(messageFor(answer.json(), "givenOn")).contains("birth");
		assertNothingStored();
	}

	@Test
	void aConsentDatedInTheFutureIsRefusedOnThePageToo() {
		String caseId = openCase("Futurova", "1990-01-01");
		Pages pages = Pages.signIn(port, Demo.CASE_MANAGER);
		var form = pages.get("/cases/" + caseId + "/referrals");
		Map<String, String> fields = new HashMap<>();
		fields.put("givenBy", "PERSON");
		fields.put("organizationTypes", "LOCAL_COMMUNITY");
		fields.put("purposes", "MENTORING");
		fields.put("givenOn", LocalDate.now().plusDays(30).toString());
		rememberWhatIsStored();

		var answer = pages.post("/cases/" + caseId + "/consents", fields, form);

		assertNothingStored();
		assertThat(answer.status()).isEqualTo(302);
		assertThat(pages.get(answer.location()).html()).contains("data-field=\"givenOn\"");
	}
}

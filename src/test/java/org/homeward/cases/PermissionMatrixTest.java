package org.homeward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Users;
import org.homeward.support.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every role × every section × read and write, through the API and the page controllers, against the table of
 * DESIGN.md §2, copied here as written there so that the test cannot agree with the code by construction.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

	/** DESIGN.md §2, "Case sections × roles", verbatim. */
	static final String DESIGN_TABLE = """
			| section | Admin | Coordinator | Case manager | Sector specialist | Justice | Security | Community / CSO | Analyst | Auditor |
			|---|---|---|---|---|---|---|---|---|---|
			| core (identity, household, stage, flags) | – | R | RW | R | R | R | m | – | – |
			| health | – | R | R | RW (health) | – | – | – | – | – |
			| psychosocial | – | R | R | RW (psychosocial) | – | – | – | – | – |
			| education | – | R | RW | RW (education) | – | – | – | – | – |
			| livelihood | – | R | RW | RW (employment) | – | – | – | – | – |
			| documents & civil status | – | R | RW | RW (civil registry) | R | – | – | – | – |
			| family & housing | – | R | RW | – | – | – | – | – | – |
			| legal proceedings | – | R | S | – | RW | – | – | – | – |
			| security screening | – | S | S | – | S | RW | – | – | – |
			| religious counselling | – | R | R | RW (religious) | – | – | – | – | – |
			| community | – | R | RW | – | – | – | RW (own referral) | – | – |
			| who viewed this record | – | R | R | – | – | – | – | – | R |
			""";

	static final List<Section> ROWS = List.of(Section.CORE, Section.HEALTH, Section.PSYCHOSOCIAL, Section.EDUCATION,
			Section.LIVELIHOOD, Section.DOCUMENTS, Section.FAMILY, Section.LEGAL, Section.SECURITY, Section.RELIGIOUS,
			Section.COMMUNITY);

	/** The demo users standing for each column; a specialist column has one user per sector. */
	static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("Admin", List.of(Demo.ADMIN));
		COLUMNS.put("Coordinator", List.of(Demo.COORDINATOR));
		COLUMNS.put("Case manager", List.of(Demo.CASE_MANAGER));
		COLUMNS.put("Sector specialist", List.of(Demo.HEALTH_SPECIALIST, Demo.PSYCHOLOGIST, Demo.TEACHER,
				Demo.EMPLOYMENT_SPECIALIST, Demo.REGISTRAR, Demo.RELIGIOUS_COUNSELLOR));
		COLUMNS.put("Justice", List.of(Demo.JUSTICE_OFFICER));
		COLUMNS.put("Security", List.of(Demo.SECURITY_OFFICER));
		COLUMNS.put("Community / CSO", List.of(Demo.COMMUNITY_WORKER, Demo.CSO_WORKER));
		COLUMNS.put("Analyst", List.of(Demo.ANALYST));
		COLUMNS.put("Auditor", List.of(Demo.AUDITOR));
	}

	/** The sector each specialist works in, as the table names it in brackets. */
	static final Map<String, String> SECTOR_OF = Map.of(Demo.HEALTH_SPECIALIST, "health", Demo.PSYCHOLOGIST,
			"psychosocial", Demo.TEACHER, "education", Demo.EMPLOYMENT_SPECIALIST, "employment", Demo.REGISTRAR,
			"civil registry", Demo.RELIGIOUS_COUNSELLOR, "religious");

	/** What the table grants a user in a row: "–", "m", "S", "R" or "RW". */
	static String cell(String user, int row) {
		List<String> lines = DESIGN_TABLE.lines().filter(l -> l.startsWith("|")).skip(2).toList();
		String[] cells = lines.get(row).split("\\|");
		List<String> columns = new ArrayList<>(COLUMNS.keySet());
		for (int c = 0; c < columns.size(); c++) {
			if (COLUMNS.get(columns.get(c)).contains(user)) {
				String value = cells[c + 2].strip();
				if (value.startsWith("RW (")) {
					String condition = value.substring(4, value.length() - 1);
					// "own referral": community and CSO workers reach the case through the open referral with
					// consent that the set-up sends to each of their organisations.
					return condition.equals(SECTOR_OF.get(user)) || condition.equals("own referral") ? "RW" : "–";
				}
				return value;
			}
		}
		throw new IllegalArgumentException(user);
	}

	/** Whether the user reaches the case at all: some section, or (the auditor) who viewed it. */
	static boolean reaches(String user) {
		for (int row = 0; row <= ROWS.size(); row++) {
			if (!cell(user, row).equals("–")) {
				return true;
			}
		}
		return false;
	}

	/** Whether the user works on the case page; community and CSO workers have their own task pages instead. */
	static boolean reachesSections(String user) {
		if (COLUMNS.get("Community / CSO").contains(user)) {
			return false;
		}
		for (int row = 0; row < ROWS.size(); row++) {
			if (!cell(user, row).equals("–")) {
				return true;
			}
		}
		return false;
	}

	@LocalServerPort
	int port;

	Http api;
	String caseId;
	final Map<String, Pages> sessions = new HashMap<>();

	@BeforeAll
	void openACaseWorkedOnByEveryAgency() {
		api = new Http(port);
		Http caseManager = api.as(Demo.CASE_MANAGER);
		String tashkent = regionId(caseManager, "Tashkent");
		String personId = caseManager.post("/api/v1/persons",
				registration(person("Matrixova", "Sevara", "1994-02-02", tashkent), List.of())).json().get("id").asString();
		var opened = caseManager.post("/api/v1/cases", Map.of("personId", personId));
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		caseId = opened.json().get("id").asString();
		for (String specialist : COLUMNS.get("Sector specialist")) {
			String sectionName = sectionOfSpecialist(specialist).name();
			int version = version(caseManager, sectionName);
			var assigned = caseManager.put("/api/v1/cases/" + caseId + "/sections/" + sectionName + "/specialist",
					Map.of("version", version, "specialistId", userId(specialist)));
			assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
		}
		// What only justice and security may read in full: if it ever appears elsewhere, a rule is broken.
		Http justice = api.as(Demo.JUSTICE_OFFICER);
		assertThat(justice.put("/api/v1/cases/" + caseId + "/sections/LEGAL", Map.of("version", version(justice, "LEGAL"),
				"fields", Map.of("court", "Secretcourt of Appeal"), "status", "ON_TRIAL")).status()).isEqualTo(200);
		assertThat(justice.post("/api/v1/cases/" + caseId + "/sections/LEGAL/notes",
				Map.of("notedOn", "2026-01-15", "text", "Legalsecret hearing note")).status()).isEqualTo(201);
		Http security = api.as(Demo.SECURITY_OFFICER);
		assertThat(security.put("/api/v1/cases/" + caseId + "/sections/SECURITY", Map.of("version",
				version(security, "SECURITY"), "fields", Map.of("observations", "Securitysecret observation"), "status",
				"CLEARED")).status()).isEqualTo(200);

		// Community and CSO workers come in through a referral, which outside government needs her consent.
		var consent = caseManager.post("/api/v1/cases/" + caseId + "/consents", Map.of("givenBy", "PERSON",
				"organizationTypes", List.of("LOCAL_COMMUNITY", "CIVIL_SOCIETY"),
				"purposes", List.of("MENTORING", "LIVELIHOOD_SUPPORT"), "givenOn", "2026-01-10"));
		assertThat(consent.status()).as(consent.text()).isEqualTo(201);
		refer(caseManager, "MENTORING", "Navbahor mahalla committee");
		refer(caseManager, "VOCATIONAL_COURSE", "Hamkor Qadam civic initiative");
	}

	private void refer(Http caseManager, String service, String organization) {
		String organizationId = caseManager.get("/api/v1/services").json().valueStream()
				.filter(s -> s.get("code").asString().equals(service)).flatMap(s -> s.get("providers").valueStream())
				.filter(o -> o.get("name").asString().equals(organization)).findFirst().orElseThrow().get("id")
				.asString();
		var referred = caseManager.post("/api/v1/cases/" + caseId + "/referrals", Map.of("serviceCode", service,
				"toOrganizationId", organizationId, "task", "Weekly support"));
		assertThat(referred.status()).as(referred.text()).isEqualTo(201);
	}

	private Section sectionOfSpecialist(String specialist) {
		return switch (specialist) {
			case Demo.HEALTH_SPECIALIST -> Section.HEALTH;
			case Demo.PSYCHOLOGIST -> Section.PSYCHOSOCIAL;
			case Demo.TEACHER -> Section.EDUCATION;
			case Demo.EMPLOYMENT_SPECIALIST -> Section.LIVELIHOOD;
			case Demo.REGISTRAR -> Section.DOCUMENTS;
			default -> Section.RELIGIOUS;
		};
	}

	private String userId(String username) {
		return Users.idOf(port, username);
	}

	/**
	 * An edit that writes back what is there, so that the writes of these tests leave the planted content in place
	 * for the tests that look for leaks. A user who may not read the section sends an empty edit.
	 */
	private Map<String, Object> rewrite(String user, Section section) {
		var current = api.as(user).get("/api/v1/cases/" + caseId + "/sections/" + section);
		Map<String, Object> edit = new HashMap<>();
		if (current.status() == 200 && current.json().get("access").asString().equals("WRITE")) {
			JsonNode shown = current.json();
			edit.put("version", shown.get("version").asInt());
			Map<String, String> fields = new HashMap<>();
			shown.get("fields").properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
			edit.put("fields", fields);
			if (shown.hasNonNull("status")) {
				edit.put("status", shown.get("status").asString());
			}
		}
		else {
			edit.put("version", version(api.as(Demo.COORDINATOR), section.name()));
			edit.put("fields", Map.of());
		}
		return edit;
	}

	private int version(Http client, String section) {
		return client.get("/api/v1/cases/" + caseId + "/sections/" + section).json().get("version").asInt();
	}

	static Stream<Arguments> everyUserAndSection() {
		return COLUMNS.values().stream().flatMap(List::stream)
				.flatMap(user -> Stream.iterate(0, i -> i + 1).limit(ROWS.size()).map(row -> Arguments.of(user, row)));
	}

	@ParameterizedTest(name = "{0} reads row {1} through the API")
	@MethodSource("everyUserAndSection")
	void readingASectionThroughTheApi(String user, int row) {
		Section section = ROWS.get(row);
		String granted = cell(user, row);
		var answer = api.as(user).get("/api/v1/cases/" + caseId + "/sections/" + section);
		if (!reaches(user)) {
			assertThat(answer.status()).as(answer.text()).isEqualTo(404);
			return;
		}
		switch (granted) {
			case "–" -> assertThat(answer.status()).as(answer.text()).isEqualTo(403);
			case "S" -> {
				assertThat(answer.status()).isEqualTo(200);
				JsonNode shown = answer.json();
				assertThat(shown.get("access").asString()).isEqualTo("STATUS");
				assertThat(shown.get("fields").isEmpty()).isTrue();
				assertThat(shown.get("notes").isEmpty()).isTrue();
				assertThat(answer.text()).doesNotContain("secret");
			}
			case "R", "RW", "m" -> {
				assertThat(answer.status()).as(answer.text()).isEqualTo(200);
				assertThat(answer.json().get("access").asString())
						.isEqualTo(switch (granted) { case "R" -> "READ"; case "RW" -> "WRITE"; default -> "MINIMAL"; });
			}
			default -> throw new IllegalStateException(granted);
		}
	}

	@ParameterizedTest(name = "{0} writes row {1} through the API")
	@MethodSource("everyUserAndSection")
	void writingASectionThroughTheApi(String user, int row) {
		Section section = ROWS.get(row);
		Map<String, Object> edit = rewrite(user, section);
		var answer = api.as(user).put("/api/v1/cases/" + caseId + "/sections/" + section, edit);
		if (!reaches(user)) {
			assertThat(answer.status()).isEqualTo(404);
		}
		else if (ownReferralOnly(user, row)) {
			// "own referral": a community worker writes the notes of their organisation's referral, not the fields
			// the section shares with the case manager and other organisations
			assertThat(answer.status()).as(answer.text()).isEqualTo(403);
			var note = api.as(user).post("/api/v1/cases/" + caseId + "/sections/" + section + "/notes",
					Map.of("notedOn", "2026-01-20", "text", "Visited the family"));
			assertThat(note.status()).as(note.text()).isEqualTo(201);
		}
		else {
			assertThat(answer.status()).as(answer.text()).isEqualTo(cell(user, row).equals("RW") ? 200 : 403);
		}
	}

	/** The community section for a community or CSO worker: "RW (own referral)". */
	private static boolean ownReferralOnly(String user, int row) {
		return COLUMNS.get("Community / CSO").contains(user) && ROWS.get(row) == Section.COMMUNITY;
	}

	@ParameterizedTest(name = "{0} opens row {1} on the pages")
	@MethodSource("everyUserAndSection")
	void seeingAndEditingASectionOnThePages(String user, int row) {
		Section section = ROWS.get(row);
		String granted = cell(user, row);
		Pages pages = sessions.computeIfAbsent(user, u -> Pages.signIn(port, u));
		var casePage = pages.get("/cases/" + caseId);
		var editPage = pages.get("/cases/" + caseId + "/sections/" + section + "/edit");
		if (COLUMNS.get("Community / CSO").contains(user)) {
			assertThat(casePage.status()).as("sent to the community task pages").isEqualTo(302);
			assertThat(casePage.location()).endsWith("/community");
			// their notes go with the task; the section's shared fields are not theirs to edit
			assertThat(editPage.status()).isEqualTo(403);
			return;
		}
		if (!reachesSections(user)) {
			assertThat(casePage.status()).isEqualTo(reaches(user) ? 403 : 404);
			assertThat(editPage.status()).isEqualTo(reaches(user) ? 403 : 404);
			return;
		}
		assertThat(casePage.status()).isEqualTo(200);
		assertThat(casePage.html().contains("id=\"section-" + section + "\"")).as("section shown")
				.isEqualTo(!granted.equals("–"));
		if (!granted.equals("RW")) {
			assertThat(casePage.html()).doesNotContain("id=\"edit-" + section + "\"");
		}
		assertThat(editPage.status()).isEqualTo(granted.equals("RW") ? 200 : 403);

		Map<String, Object> edit = rewrite(user, section);
		Map<String, String> form = new HashMap<>();
		form.put("version", String.valueOf(edit.get("version")));
		((Map<?, ?>) edit.get("fields")).forEach((name, value) -> form.put("field." + name, String.valueOf(value)));
		if (edit.get("status") != null) {
			form.put("status", String.valueOf(edit.get("status")));
		}
		var posted = pages.post("/cases/" + caseId + "/sections/" + section, form, casePage);
		assertThat(posted.status()).isEqualTo(granted.equals("RW") ? 302 : 403);
	}

	@ParameterizedTest(name = "{0} and who viewed the case")
	@MethodSource("users")
	void whoViewedTheRecord(String user) {
		var answer = api.as(user).get("/api/v1/cases/" + caseId + "/accesses");
		String granted = cell(user, ROWS.size());
		if (!reaches(user)) {
			assertThat(answer.status()).isEqualTo(404);
		}
		else {
			assertThat(answer.status()).isEqualTo(granted.equals("R") ? 200 : 403);
		}
	}

	@ParameterizedTest(name = "{0}: nothing restricted leaks onto the case page")
	@MethodSource("users")
	void restrictedContentNeverReachesThePageOfThoseWhoMayNotReadIt(String user) {
		Pages pages = sessions.computeIfAbsent(user, u -> Pages.signIn(port, u));
		String html = pages.get("/cases/" + caseId).html();
		if (!cell(user, ROWS.indexOf(Section.LEGAL)).matches("R|RW")) {
			assertThat(html).doesNotContain("Secretcourt").doesNotContain("Legalsecret");
		}
		if (!cell(user, ROWS.indexOf(Section.SECURITY)).equals("RW")) {
			assertThat(html).doesNotContain("Securitysecret");
		}
		if (cell(user, ROWS.indexOf(Section.LEGAL)).equals("–")) {
			assertThat(html).doesNotContain("Legal proceedings");
		}
	}

	static Stream<String> users() {
		return COLUMNS.values().stream().flatMap(List::stream);
	}
}

package org.homeward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.homeward.support.Demo;
import org.homeward.support.Fixtures;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.homeward.support.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The need-to-know findings of the insider's trial (issue 9), one test each, on a child's case that every agency
 * works on: what leaked around the sections through lists, counts, the header, stage history, emergency access,
 * assessments, consents and community notes. Each test says what a user of that role must not see, and sees that
 * it is not there.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedToKnowFindingsTest {

	static final String REASON = "Treatment in the regional hospital";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Http api;
	Http manager;
	String caseId;
	String personId;
	String consentId;

	@BeforeAll
	void aChildsCaseThatEveryAgencyWorksOn() {
		api = new Http(port);
		manager = api.as(Demo.CASE_MANAGER);
		String tashkent = Fixtures.regionId(manager, "Tashkent");
		String operation = manager.post("/api/v1/operations", Map.of("name", "Mehr-9", "operationDate", "2025-04-01",
				"originCountry", "SY")).json().get("id").asString();
		Map<String, Object> child = Fixtures.person("Findingsova", "Oydin", "2015-05-05", tashkent);
		child.put("operationId", operation);
		child.put("arrivalDate", "2025-04-02");
		child.put("citizenshipStatus", "UNCONFIRMED");
		child.put("locality", "Yangiobod");
		personId = manager.post("/api/v1/persons", Fixtures.registration(child, List.of())).json().get("id")
				.asString();
		caseId = manager.post("/api/v1/cases", Map.of("personId", personId, "flags", List.of("UNACCOMPANIED_MINOR")))
				.json().get("id").asString();
		move("ASSESSMENT");
		move("REHABILITATION");
		for (var specialist : Map.of("EDUCATION", Demo.TEACHER, "HEALTH", Demo.HEALTH_SPECIALIST, "PSYCHOSOCIAL",
				Demo.PSYCHOLOGIST).entrySet()) {
			var assigned = manager.put(url("/sections/" + specialist.getKey() + "/specialist"), Map.of("version",
					sectionVersion(specialist.getKey()), "specialistId", Users.idOf(port, specialist.getValue())));
			assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);
		}
		var consent = manager.post(url("/consents"), Map.of("givenBy", "GUARDIAN", "guardianName", "Aunt Guardianova",
				"childView", "I want to go to school with my cousin", "organizationTypes",
				List.of("LOCAL_COMMUNITY", "CIVIL_SOCIETY"), "purposes", List.of("MENTORING", "LIVELIHOOD_SUPPORT"),
				"givenOn", "2026-01-10"));
		assertThat(consent.status()).as(consent.text()).isEqualTo(201);
		consentId = consent.json().get("id").asString();
		refer("MENTORING", "Navbahor mahalla committee");
		refer("VOCATIONAL_COURSE", "Hamkor Qadam civic initiative");
		var needs = manager.post(url("/assessments"), Map.of("instrumentCode", "NEEDS", "assessedOn", "2026-02-01",
				"answers", Map.of("HEALTH_MATERNAL", "URGENT_NEED", "PSY_DISTRESS", "SOME_NEED", "LEGAL_ADVICE",
						"SOME_NEED", "LIV_WORK", "SOME_NEED", "EDU_CATCH_UP", "SOME_NEED")));
		assertThat(needs.status()).as(needs.text()).isEqualTo(201);
		var rpi = manager.post(url("/assessments"), Map.of("instrumentCode", "RPI", "assessedOn", "2026-02-01",
				"answers", Map.of("ECONOMIC_SATISFACTION", "NEUTRAL", "DISTRESS", "RARELY")));
		assertThat(rpi.status()).as(rpi.text()).isEqualTo(201);
	}

	// --- High

	@Test
	void finding1_theCaseloadShowsCommunityAndCsoWorkersOnlyTheMinimalProfileAndNoCounts() {
		for (String worker : List.of(Demo.COMMUNITY_WORKER, Demo.CSO_WORKER)) {
			Http community = api.as(worker);
			JsonNode caseload = community.get("/api/v1/cases?size=100").json();
			JsonNode ours = find(caseload.get("items"), caseId);
			assertThat(ours).as(worker + " sees the person referred to them").isNotNull();
			assertThat(fieldNames(ours)).as(worker).containsExactlyInAnyOrder("id", "name", "age", "locality");
			for (JsonNode row : caseload.get("items")) {
				assertThat(fieldNames(row)).as(worker).isSubsetOf("id", "name", "age", "locality");
			}
			assertThat(community.get("/api/v1/cases/counts").status()).as(worker + ": no counts").isEqualTo(403);
			String page = Pages.signIn(port, worker).get("/cases").html();
			assertThat(page).doesNotContain("id=\"stage-counts\"").doesNotContain("05.05.2015")
					.doesNotContain("Rehabilitation");
		}
	}

	@Test
	void finding2_schoolsSeeNoReturneeLabelsInTheCaseTheApiOrMyWork() {
		Http teacher = api.as(Demo.TEACHER);
		JsonNode view = teacher.get(url("")).json();
		assertThat(view.has("stage")).isFalse();
		assertThat(view.has("history")).isFalse();
		assertThat(view.get("person").has("operationName")).isFalse();
		assertThat(view.get("person").has("arrivalDate")).isFalse();
		assertThat(view.get("person").has("citizenshipStatus")).isFalse();
		assertThat(view.get("person").has("birthDate")).as("the table gives schools the date of birth").isTrue();
		Pages pages = Pages.signIn(port, Demo.TEACHER);
		for (String path : List.of("/cases/" + caseId, "/cases/my-work", "/cases")) {
			String html = pages.get(path).html();
			assertThat(html).as(path).doesNotContain("Mehr-9").doesNotContain("02.04.2025")
					.doesNotContain("Not yet confirmed").doesNotContain("Rehabilitation")
					.doesNotContain("id=\"stage-history\"");
		}
		JsonNode mine = teacher.get("/api/v1/cases?mine=true").json();
		assertThat(fieldNames(find(mine.get("items"), caseId))).doesNotContain("stage", "personId");
	}

	// --- Medium

	@Test
	void finding3_stageChangeReasonsAreForTheCoordinatorAndTheCaseManagerOnly() {
		for (String reader : List.of(Demo.SECURITY_OFFICER, Demo.JUSTICE_OFFICER, Demo.HEALTH_SPECIALIST)) {
			var view = api.as(reader).get(url(""));
			assertThat(view.status()).isEqualTo(200);
			assertThat(view.text()).as(reader).doesNotContain(REASON);
			assertThat(view.json().get("history").get(0).has("reason")).isFalse();
			assertThat(Pages.signIn(port, reader).get("/cases/" + caseId).html()).as(reader).doesNotContain(REASON);
		}
		assertThat(api.as(Demo.COORDINATOR).get(url("")).text()).contains(REASON);
		assertThat(manager.get(url("")).text()).contains(REASON);
	}

	@Test
	void finding5_securityAndJusticeNeverBreakTheGlassOnHealthPsychosocialOrEducation() {
		for (String officer : List.of(Demo.SECURITY_OFFICER, Demo.JUSTICE_OFFICER)) {
			for (String section : List.of("HEALTH", "PSYCHOSOCIAL", "EDUCATION")) {
				var refused = api.as(officer).post(url("/emergency-access"),
						Map.of("section", section, "reason", "An emergency that is not one"));
				assertThat(refused.status()).as(officer + " " + section).isEqualTo(422);
			}
		}
		String form = Pages.signIn(port, Demo.SECURITY_OFFICER).get("/cases/emergency-access").html();
		assertThat(form).doesNotContain("value=\"HEALTH\"").doesNotContain("value=\"PSYCHOSOCIAL\"")
				.doesNotContain("value=\"EDUCATION\"");
	}

	@Test
	void finding6_emergencyAccessCannotBeChainedNorRenewed() {
		String other = anotherCase("Chainova");
		Http registrar = api.as(Demo.REGISTRAR);
		String path = "/api/v1/cases/" + other + "/emergency-access";
		var first = registrar.post(path, Map.of("section", "DOCUMENTS", "reason", "Birth certificate needed today"));
		assertThat(first.status()).as(first.text()).isEqualTo(201);
		var renewed = registrar.post(path, Map.of("section", "DOCUMENTS", "reason", "Still need the certificate"));
		assertThat(renewed.status()).as("renewed before it expires").isEqualTo(422);
		var chained = registrar.post(path, Map.of("section", "HEALTH", "reason", "And the health file as well"));
		assertThat(chained.status()).as("another section of the same case").isEqualTo(422);
		// the grant ends; no new one until the auditor reviewed it or a day has passed
		jdbc.sql("UPDATE emergency_access SET granted_at = now() - interval '2 hours', expires_at = now() - interval '1 minute' WHERE id = ?")
				.param(UUID.fromString(first.json().get("id").asString())).update();
		var again = registrar.post(path, Map.of("section", "DOCUMENTS", "reason", "One more look at the papers"));
		assertThat(again.status()).as("unreviewed, within the day").isEqualTo(422);
		var review = api.as(Demo.AUDITOR).post("/api/v1/emergency-access/" + first.json().get("id").asString()
				+ "/review", Map.of("version", 0, "verdict", "JUSTIFIED"));
		assertThat(review.status()).as(review.text()).isEqualTo(200);
		var afterReview = registrar.post(path, Map.of("section", "DOCUMENTS", "reason", "One more look at the papers"));
		assertThat(afterReview.status()).as(afterReview.text()).isEqualTo(201);
	}

	@Test
	void finding7_anEmergencyGrantOpensItsSectionAndTheMinimalProfileNothingElse() {
		Http employment = api.as(Demo.EMPLOYMENT_SPECIALIST);
		var grant = employment.post(url("/emergency-access"),
				Map.of("section", "LIVELIHOOD", "reason", "Job offer expires today, need her skills"));
		assertThat(grant.status()).as(grant.text()).isEqualTo(201);
		JsonNode view = employment.get(url("")).json();
		// the minimal profile: names, sex, locality and age, the first two rows of the header table
		assertThat(fieldNames(view.get("person"))).containsOnly("name", "age", "sex", "locality");
		assertThat(fieldNames(view)).doesNotContain("stage", "flags", "regionId", "caseManager",
				"owningOrganizationId", "history", "motherCaseId", "closureRequest", "openedBy", "updatedBy");
		assertThat(view.get("sections").valueStream().map(s -> s.get("section").asString()).toList())
				.containsExactlyInAnyOrder("CORE", "LIVELIHOOD");
		assertThat(employment.get(url("/consents")).status()).isEqualTo(403);
		assertThat(employment.get(url("/transfers")).status()).isEqualTo(403);
		assertThat(employment.get(url("/assessments")).status()).isEqualTo(403);
		assertThat(employment.get(url("/plan")).json().get("goals")).isEmpty();
	}

	@Test
	void finding8_aSpecialistReadsOnlyTheAssessmentItemsOfTheirOwnDomain() {
		Http psychologist = api.as(Demo.PSYCHOLOGIST);
		var history = psychologist.get(url("/assessments"));
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.text()).contains("PSY_DISTRESS").doesNotContain("HEALTH_MATERNAL")
				.doesNotContain("LEGAL_ADVICE").doesNotContain("LIV_WORK").doesNotContain("EDU_CATCH_UP");
		for (JsonNode assessment : history.json()) {
			assertThat(assessment.hasNonNull("composite")).as("the index's composite needs every dimension").isFalse();
		}
		Http teacher = api.as(Demo.TEACHER);
		assertThat(teacher.get(url("/assessments")).text()).contains("EDU_CATCH_UP").doesNotContain("PSY_DISTRESS")
				.doesNotContain("HEALTH_MATERNAL");
		assertThat(manager.get(url("/assessments")).text()).contains("HEALTH_MATERNAL", "LEGAL_ADVICE");
		assertThat(api.as(Demo.JUSTICE_OFFICER).get(url("/assessments")).status()).isEqualTo(403);
	}

	@Test
	void finding9_consentsAreForTheCoordinatorTheCaseManagerAndTheScopeOfTheReliedOnOne() {
		for (String reader : List.of(Demo.SECURITY_OFFICER, Demo.JUSTICE_OFFICER, Demo.HEALTH_SPECIALIST,
				Demo.TEACHER)) {
			assertThat(api.as(reader).get(url("/consents")).status()).as(reader).isEqualTo(403);
			assertThat(Pages.signIn(port, reader).get("/cases/" + caseId + "/consents/" + consentId + "/evidence")
					.status()).as(reader).isIn(403, 404);
		}
		var mahalla = api.as(Demo.COMMUNITY_WORKER).get(url("/consents"));
		assertThat(mahalla.status()).isEqualTo(200);
		assertThat(mahalla.text()).doesNotContain("Guardianova").doesNotContain("cousin");
		assertThat(fieldNames(mahalla.json().get(0))).containsOnly("id", "version", "organizationTypes", "purposes",
				"givenOn");
		assertThat(manager.get(url("/consents")).text()).contains("Guardianova", "cousin");
	}

	@Test
	void finding10_aCaseOutOfReachIsNotFoundAndNeverBreaksAList() {
		// a person of another region's case: as absent as a person who does not exist
		Pages fergana = Pages.signIn(port, Demo.CASE_MANAGER_FERGANA);
		assertThat(fergana.get("/cases/of-person/" + personId).status()).isEqualTo(404);
		assertThat(fergana.get("/cases/of-person/" + UUID.randomUUID()).status()).isEqualTo(404);
		// and a person in her region whose case another case manager manages
		assertThat(Pages.signIn(port, Demo.TASHKENT_COORDINATOR).get("/cases/of-person/" + personId).status())
				.isEqualTo(302);
		// a referral to the mahalla in a section its workers never reach stays out of its list, which still works
		UUID stray = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO referral (id, case_id, service_code, section, from_organization_id, to_organization_id,
				  referred_by, referred_by_name, task, status, updated_by)
				SELECT ?, c.id, 'MEDICAL_CARE', 'HEALTH', c.owning_organization_id, o.id, c.case_manager_id, 'x', 'x',
				  'REQUESTED', 'test'
				FROM case_file c, organization o WHERE c.id = ? AND o.name_en = 'Navbahor mahalla committee'""")
				.params(stray, UUID.fromString(caseId)).update();
		try {
			assertThat(api.as(Demo.COMMUNITY_WORKER).get("/api/v1/community/tasks").status()).isEqualTo(200);
			var page = Pages.signIn(port, Demo.COMMUNITY_WORKER).get("/community");
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html()).contains("Findingsova");
		}
		finally {
			jdbc.sql("DELETE FROM referral_change WHERE referral_id = ?").param(stray).update();
			jdbc.sql("DELETE FROM referral WHERE id = ?").param(stray).update();
		}
	}

	// --- Low

	@Test
	void finding11_aCsoReadsItsOwnNotesNotTheMahallas() {
		Http mahalla = api.as(Demo.COMMUNITY_WORKER);
		Http cso = api.as(Demo.CSO_WORKER);
		assertThat(mahalla.post(url("/sections/COMMUNITY/notes"), Map.of("notedOn", "2026-02-02", "text",
				"Mahalla visit: the grandmother is ill")).status()).isEqualTo(201);
		assertThat(cso.post(url("/sections/COMMUNITY/notes"), Map.of("notedOn", "2026-02-02", "text",
				"Course enrolment done")).status()).isEqualTo(201);
		assertThat(cso.get(url("")).text()).contains("Course enrolment done").doesNotContain("grandmother");
		assertThat(mahalla.get(url("")).text()).contains("grandmother").doesNotContain("Course enrolment");
		assertThat(manager.get(url("")).text()).contains("grandmother", "Course enrolment done");
	}

	@Test
	void finding12_theCommunityCaseViewAndPdfCarryNoRegionOrganisationAuthorsGrantsOrStage() throws Exception {
		Http mahalla = api.as(Demo.COMMUNITY_WORKER);
		var view = mahalla.get(url(""));
		assertThat(fieldNames(view.json())).doesNotContain("regionId", "owningOrganizationId", "openedBy",
				"updatedBy", "openedAt", "grant", "stage");
		assertThat(view.text()).doesNotContain("LEGAL").doesNotContain("SECURITY");
		var pdf = mahalla.getBytes(url("/summary.pdf"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text;
		try (PdfReader reader = new PdfReader(pdf.body())) {
			text = new PdfTextExtractor(reader).getTextFromPage(1);
		}
		assertThat(text).contains("Oydin").doesNotContain("Stage").doesNotContain("05.05.2015");
	}

	@Test
	void finding13_readingTheCasePlanIsAudited() {
		long before = planReads();
		assertThat(api.as(Demo.HEALTH_SPECIALIST).get(url("/plan")).status()).isEqualTo(200);
		assertThat(planReads()).isEqualTo(before + 1);
	}

	@Test
	void finding16_theFrameOfSchoolMahallaAndCsoPagesNamesNoProgrammeLabel() {
		for (String user : List.of(Demo.TEACHER, Demo.COMMUNITY_WORKER, Demo.CSO_WORKER)) {
			for (String language : List.of("en", "ru", "uz")) {
				String html = Pages.signIn(port, user).inLanguage(language).get("/").html().toLowerCase();
				assertThat(html).as(user + " " + language).doesNotContain("rehabilitation", "returnee",
						"реабилитац", "возвращенц", "reabilitatsiya", "qaytarilgan");
			}
		}
		assertThat(Pages.signIn(port, Demo.COORDINATOR).get("/").html()).contains("rehabilitation");
	}

	// --- helpers

	private long planReads() {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE record_type = 'CASE' AND record_id = ? AND detail = 'plan'")
				.param(caseId).query(Long.class).single();
	}

	private String anotherCase(String surname) {
		String person = manager.post("/api/v1/persons", Fixtures.registration(Fixtures.person(surname, "Lola",
				"1990-01-01", Fixtures.regionId(manager, "Tashkent")), List.of())).json().get("id").asString();
		return manager.post("/api/v1/cases", Map.of("personId", person)).json().get("id").asString();
	}

	private void move(String target) {
		var moved = manager.post(url("/stage"), Map.of("version", manager.get(url("")).json().get("version").asInt(),
				"target", target, "reason", REASON));
		assertThat(moved.status()).as(moved.text()).isEqualTo(200);
	}

	private void refer(String service, String organization) {
		String organizationId = manager.get("/api/v1/services").json().valueStream()
				.filter(s -> s.get("code").asString().equals(service)).flatMap(s -> s.get("providers").valueStream())
				.filter(o -> o.get("name").asString().equals(organization)).findFirst().orElseThrow().get("id")
				.asString();
		var referred = manager.post(url("/referrals"), Map.of("serviceCode", service, "toOrganizationId",
				organizationId, "task", "Weekly support"));
		assertThat(referred.status()).as(referred.text()).isEqualTo(201);
	}

	private int sectionVersion(String section) {
		return manager.get(url("/sections/" + section)).json().get("version").asInt();
	}

	private String url(String rest) {
		return "/api/v1/cases/" + caseId + rest;
	}

	private static JsonNode find(JsonNode items, String id) {
		for (JsonNode item : items) {
			if (item.get("id").asString().equals(id)) {
				return item;
			}
		}
		return null;
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.properties().forEach(e -> names.add(e.getKey()));
		return names;
	}
}

package org.homeward.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.homeward.cases.internal.PlanStore;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Users;
import org.homeward.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A case's life: stages and closure, assignment, concurrent edits, the plan's overdue actions, files, the PDF. */
@HomewardTest
class CaseLifecycleTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanStore plans;

	Http caseManager;
	Http coordinator;
	String caseId;

	@BeforeEach
	void openACase() {
		caseManager = new Http(port).as(Demo.CASE_MANAGER);
		coordinator = new Http(port).as(Demo.COORDINATOR);
		String tashkent = regionId(caseManager, "Tashkent");
		String personId = caseManager.post("/api/v1/persons", registration(
				person("Lifecyclova", "Nargiza", "1990-06-06", tashkent), List.of())).json().get("id").asString();
		caseId = caseManager.post("/api/v1/cases", Map.of("personId", personId)).json().get("id").asString();
	}

	private JsonNode view(Http who) {
		return who.get("/api/v1/cases/" + caseId).json();
	}

	private Http.Response move(Http who, String target, String reason) {
		return who.post("/api/v1/cases/" + caseId + "/stage",
				Map.of("version", view(coordinator).get("version").asInt(), "target", target, "reason", reason));
	}

	@Test
	void aCaseMovesAlongItsStagesAndEveryMoveRecordsWhoWhenAndWhy() {
		assertThat(view(caseManager).get("stage").asString()).isEqualTo("RECEPTION");
		assertThat(move(caseManager, "ASSESSMENT", "Reception interview done").status()).isEqualTo(200);
		assertThat(move(caseManager, "ON_HOLD", "In hospital for two weeks").status()).isEqualTo(200);
		var resumed = move(caseManager, "ASSESSMENT", "Back home");
		assertThat(resumed.status()).isEqualTo(200);

		JsonNode history = resumed.json().get("history");
		assertThat(history.get(0).get("to").asString()).isEqualTo("ASSESSMENT");
		assertThat(history.get(0).get("from").asString()).isEqualTo("ON_HOLD");
		assertThat(history.get(0).get("reason").asString()).isEqualTo("Back home");
		assertThat(history.get(0).get("changedBy").asString()).isEqualTo(Demo.CASE_MANAGER);
		assertThat(history.get(0).get("changedAt").asString()).isNotBlank();
	}

	@Test
	void anIllegalMoveIsRefusedWithAReasonAndChangesNothing() {
		var skipped = move(caseManager, "MONITORING", "Skipping ahead");
		assertThat(skipped.status()).isEqualTo(422);
		assertThat(skipped.json().get("detail").asString()).isEqualTo("The case cannot move to that stage from where it is.");
		assertThat(move(caseManager, "CLOSED", "Straight to closed").status()).isEqualTo(422);
		assertThat(view(caseManager).get("stage").asString()).isEqualTo("RECEPTION");
	}

	@Test
	void onlyTheCaseManagerChangesStages() {
		assertThat(move(coordinator, "ASSESSMENT", "Not mine to move").status()).isEqualTo(403);
		assertThat(move(new Http(port).as(Demo.JUSTICE_OFFICER), "ASSESSMENT", "Nor mine").status()).isEqualTo(403);
	}

	@Test
	void closingNeedsTheCaseManagersRequestAndTheCoordinatorsApproval() {
		for (String stage : List.of("ASSESSMENT", "REHABILITATION", "REINTEGRATION")) {
			assertThat(move(caseManager, stage, "Progress").status()).isEqualTo(200);
		}
		var tooEarly = caseManager.post("/api/v1/cases/" + caseId + "/closure-request",
				Map.of("version", view(caseManager).get("version").asInt(), "reason", "Doing well"));
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(move(caseManager, "MONITORING", "Reintegrated, monitoring").status()).isEqualTo(200);

		assertThat(caseManager.post("/api/v1/cases/" + caseId + "/closure-request",
				Map.of("version", view(caseManager).get("version").asInt(), "reason", "Stable for a year")).status())
				.isEqualTo(200);
		assertThat(move(caseManager, "REINTEGRATION", "While pending").status()).isEqualTo(422);
		var selfApproved = caseManager.post("/api/v1/cases/" + caseId + "/closure-decision",
				Map.of("version", view(caseManager).get("version").asInt(), "approve", true, "reason", "Mine"));
		assertThat(selfApproved.status()).isEqualTo(403);

		var byRegionalCoordinator = new Http(port).as(Demo.TASHKENT_COORDINATOR).post("/api/v1/cases/" + caseId
				+ "/closure-decision", Map.of("version", view(coordinator).get("version").asInt(), "approve", true,
						"reason", "Not the national one"));
		assertThat(byRegionalCoordinator.status()).as("the case's regional coordinator prepares, does not decide")
				.isEqualTo(403);

		var rejected = coordinator.post("/api/v1/cases/" + caseId + "/closure-decision",
				Map.of("version", view(coordinator).get("version").asInt(), "approve", false, "reason", "Wait for school year"));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("stage").asString()).isEqualTo("MONITORING");
		assertThat(rejected.json().has("closureRequest")).isFalse();
		assertThat(rejected.json().get("history").get(0).get("kind").asString()).isEqualTo("CLOSURE_REJECTED");

		caseManager.post("/api/v1/cases/" + caseId + "/closure-request",
				Map.of("version", view(caseManager).get("version").asInt(), "reason", "School year done"));
		var approved = coordinator.post("/api/v1/cases/" + caseId + "/closure-decision",
				Map.of("version", view(coordinator).get("version").asInt(), "approve", true, "reason", "Reintegrated"));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("stage").asString()).isEqualTo("CLOSED");
		assertThat(approved.json().get("history").get(0).get("changedBy").asString()).isEqualTo(Demo.COORDINATOR);

		var reopened = move(caseManager, "ASSESSMENT", "Family lost housing");
		assertThat(reopened.status()).isEqualTo(200);
		assertThat(reopened.json().get("history").get(0).get("kind").asString()).isEqualTo("REOPENED");
	}

	@Test
	void theCoordinatorAssignsCaseManagersOfTheCasesRegionOnly() {
		String ferganaManager = Users.idOf(port, Demo.CASE_MANAGER_FERGANA);
		var refused = coordinator.put("/api/v1/cases/" + caseId + "/case-manager",
				Map.of("version", view(coordinator).get("version").asInt(), "caseManagerId", ferganaManager));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("code").asString()).isEqualTo("case.assign.otherRegion");
		var byCaseManager = caseManager.put("/api/v1/cases/" + caseId + "/case-manager",
				Map.of("version", view(caseManager).get("version").asInt(), "caseManagerId", Users.idOf(port, Demo.CASE_MANAGER)));
		assertThat(byCaseManager.status()).isEqualTo(403);
	}

	@Test
	void twoPeopleEditingTheSameSectionTheSecondIsToldAndTheFirstChangeSurvives() {
		int version = caseManager.get("/api/v1/cases/" + caseId + "/sections/FAMILY").json().get("version").asInt();
		var first = caseManager.put("/api/v1/cases/" + caseId + "/sections/FAMILY",
				Map.of("version", version, "fields", Map.of("housing", "ADEQUATE")));
		var second = caseManager.put("/api/v1/cases/" + caseId + "/sections/FAMILY",
				Map.of("version", version, "fields", Map.of("housing", "NONE")));
		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("currentVersion").asInt()).isEqualTo(version + 1);
		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/sections/FAMILY").json().get("fields").get("housing")
				.asString()).isEqualTo("ADEQUATE");

		// On the page the second editor sees both values side by side.
		Pages pages = Pages.signIn(port, Demo.CASE_MANAGER);
		var form = pages.get("/cases/" + caseId + "/sections/FAMILY/edit");
		var conflict = pages.post("/cases/" + caseId + "/sections/FAMILY",
				Map.of("version", String.valueOf(version), "field.housing", "INADEQUATE"), form);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("id=\"conflict\"").contains("ADEQUATE").contains("INADEQUATE");
	}

	@Test
	void anActionPastItsDueDateIsFlaggedOnTheCaseAndOnMyWork() {
		String goal = caseManager.post("/api/v1/cases/" + caseId + "/plan/goals",
				Map.of("domain", "DOCUMENTS", "description", "Passport for the mother")).json().get("id").asString();
		String action = caseManager.post("/api/v1/cases/" + caseId + "/plan/actions", Map.of("goalId", goal,
				"description", "Apply at the passport office", "dueDate", LocalDate.now().toString())).json().get("id")
				.asString();
		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/plan").json().get("goals").get(0).get("actions").get(0)
				.get("overdue").asBoolean()).isFalse();

		jdbc.update("UPDATE plan_action SET due_date = current_date - 3 WHERE id = ?::uuid", action); // time passes
		plans.refreshOverdue();

		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/plan").json().get("goals").get(0).get("actions").get(0)
				.get("overdue").asBoolean()).isTrue();
		assertThat(caseManager.get("/api/v1/cases?overdue=true&size=100").text()).contains(caseId);
		assertThat(Pages.signIn(port, Demo.CASE_MANAGER).get("/cases/my-work").html())
				.contains("Apply at the passport office");

		int version = caseManager.get("/api/v1/cases/" + caseId + "/plan").json().get("goals").get(0).get("actions")
				.get(0).get("version").asInt();
		caseManager.put("/api/v1/cases/" + caseId + "/plan/actions/" + action + "/status",
				Map.of("version", version, "status", "DONE"));
		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/plan").json().get("goals").get(0).get("actions").get(0)
				.get("overdue").asBoolean()).isFalse();
	}

	@Test
	void filesAreCheckedByTheirContentAndDownloadsAreAudited() throws Exception {
		byte[] png = Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		var stored = upload("FAMILY", "house.png", png);
		assertThat(stored.statusCode()).isEqualTo(201);
		var disguised = upload("FAMILY", "report.pdf", "MZ this is not a pdf".getBytes(StandardCharsets.UTF_8));
		assertThat(disguised.statusCode()).isEqualTo(422);

		String id = stored.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		var download = caseManager.get("/api/v1/cases/" + caseId + "/attachments/" + id);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.raw().headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = 'ATTACHMENT' AND record_id = ?"
				+ " AND action = 'EXPORT'", Long.class, id)).isEqualTo(1);
		assertThat(new Http(port).as(Demo.JUSTICE_OFFICER).get("/api/v1/cases/" + caseId + "/attachments/" + id)
				.status()).isEqualTo(403);
	}

	private HttpResponse<String> upload(String section, String name, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "homeward-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId
						+ "/sections/" + section + "/attachments"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
						(Demo.CASE_MANAGER + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSummaryPdfHoldsOnlyWhatItsReaderMaySeeAndIsAuditedAsAnExport() throws Exception {
		Http justice = new Http(port).as(Demo.JUSTICE_OFFICER);
		int version = justice.get("/api/v1/cases/" + caseId + "/sections/LEGAL").json().get("version").asInt();
		justice.put("/api/v1/cases/" + caseId + "/sections/LEGAL",
				Map.of("version", version, "fields", Map.of("court", "Pdfsecret District Court", "nextHearing",
						"2026-03-09"), "status", "ON_TRIAL"));
		caseManager.put("/api/v1/cases/" + caseId + "/sections/FAMILY", Map.of("version",
				caseManager.get("/api/v1/cases/" + caseId + "/sections/FAMILY").json().get("version").asInt(),
				"fields", Map.of("familyRelations", "Grandmother supports the family")));

		String forCaseManager = pdfText(caseManager);
		String forJustice = pdfText(justice);

		assertThat(forCaseManager).contains("Lifecyclova Nargiza").contains("Grandmother supports the family")
				.contains("On trial").doesNotContain("Pdfsecret");
		assertThat(forJustice).contains("Pdfsecret District Court").doesNotContain("Grandmother supports");
		assertThat(forJustice).as("a date field is written day first, like every other date").contains("09.03.2026")
				.doesNotContain("2026-03-09");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = 'CASE' AND record_id = ?"
				+ " AND action = 'EXPORT'", Long.class, caseId)).isEqualTo(2);
	}

	private String pdfText(Http who) throws IOException {
		var response = who.getBytes("/api/v1/cases/" + caseId + "/summary.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		byte[] bytes = response.body();
		try (PdfReader reader = new PdfReader(bytes)) {
			var extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
	}
}

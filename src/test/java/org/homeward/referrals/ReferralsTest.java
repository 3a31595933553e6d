package org.homeward.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Whole-of-society rules: a referral's lifecycle, the access it opens and closes, consent outside government and
 * its withdrawal, and the notices they send.
 */
@HomewardTest
class ReferralsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Http caseManager;
	String caseId;

	@BeforeEach
	void openACase() {
		caseManager = new Http(port).as(Demo.CASE_MANAGER);
		String personId = caseManager.post("/api/v1/persons", registration(person("Referralova", "Shoira",
				LocalDate.now().minusYears(12).toString(), regionId(caseManager, "Tashkent")), List.of())).json()
				.get("id").asString();
		caseId = caseManager.post("/api/v1/cases", Map.of("personId", personId)).json().get("id").asString();
	}

	private String organization(String nameEn) {
		return jdbc.queryForObject("SELECT id::text FROM organization WHERE name_en = ?", String.class, nameEn);
	}

	private Http.Response refer(String service, String organizationNameEn) {
		return caseManager.post("/api/v1/cases/" + caseId + "/referrals", Map.of("serviceCode", service,
				"toOrganizationId", organization(organizationNameEn), "task", "Please help with " + service));
	}

	private Http.Response move(Http who, String referralId, String target, String reason) {
		int version = jdbc.queryForObject("SELECT version FROM referral WHERE id = ?::uuid", Integer.class, referralId);
		Map<String, Object> body = new HashMap<>(Map.of("version", version, "target", target));
		if (reason != null) {
			body.put("reason", reason);
		}
		return who.post("/api/v1/referrals/" + referralId + "/status", body);
	}

	private Http.Response deliver(Http who, String referralId, String activity) {
		return who.post("/api/v1/referrals/" + referralId + "/deliveries", Map.of("activity", activity,
				"deliveredOn", LocalDate.now().toString(), "outcome", "DONE", "notes", "Seen at the polyclinic"));
	}

	private Http.Response guardianConsent() {
		return caseManager.post("/api/v1/cases/" + caseId + "/consents", Map.of("givenBy", "GUARDIAN",
				"guardianName", "Her aunt", "childView", "She wants a mentor who plays volleyball",
				"organizationTypes", List.of("LOCAL_COMMUNITY"), "purposes", List.of("MENTORING"),
				"givenOn", LocalDate.now().toString()));
	}

	static final String MINISTRY_OF_HEALTH = "Ministry of Health of the Republic of Uzbekistan";
	static final String MAHALLA = "Navbahor mahalla committee";
	static final String CSO = "Hamkor Qadam civic initiative";

	@Test
	void aReferralMovesAlongItsLifecycleAndEveryIllegalStepIsRefused() {
		Http health = new Http(port).as(Demo.HEALTH_SPECIALIST);
		String id = refer("MEDICAL_CARE", MINISTRY_OF_HEALTH).json().get("id").asString();

		assertThat(move(health, id, "IN_PROGRESS", null).status()).as("not before accepting").isEqualTo(422);
		assertThat(move(health, id, "COMPLETED", null).status()).isEqualTo(422);
		assertThat(move(health, id, "DECLINED", null).status()).as("declining needs a reason").isEqualTo(422);
		assertThat(move(caseManager, id, "ACCEPTED", null).status()).as("only the receiver answers").isEqualTo(403);
		assertThat(move(health, id, "ACCEPTED", null).status()).isEqualTo(200);
		assertThat(move(health, id, "ACCEPTED", null).status()).isEqualTo(422);
		assertThat(move(health, id, "COMPLETED", null).status()).as("not before starting").isEqualTo(422);
		assertThat(move(health, id, "IN_PROGRESS", null).status()).isEqualTo(200);
		assertThat(deliver(health, id, "MENTORING_VISIT").status()).as("not a medical activity").isEqualTo(422);
		assertThat(deliver(health, id, "EXAMINATION").status()).isEqualTo(201);
		assertThat(move(health, id, "NOT_COMPLETED", null).status()).isEqualTo(422);
		var completed = move(health, id, "COMPLETED", null);
		assertThat(completed.status()).isEqualTo(200);
		assertThat(move(health, id, "IN_PROGRESS", null).status()).as("a closed referral stays closed").isEqualTo(404);

		JsonNode history = caseManager.get("/api/v1/referrals/" + id).json().get("history");
		assertThat(history).extracting(h -> h.get("to").asString())
				.containsExactly("REQUESTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
		JsonNode delivered = caseManager.get("/api/v1/cases/" + caseId + "/deliveries").json();
		assertThat(delivered).extracting(d -> d.get("section").asString() + " " + d.get("activity").asString())
				.as("on the case, in the health section").containsExactly("HEALTH EXAMINATION");
	}

	@Test
	void aDeclinedReferralCanBeFollowedByASecondOne() {
		Http health = new Http(port).as(Demo.HEALTH_SPECIALIST);
		String first = refer("MEDICAL_CARE", MINISTRY_OF_HEALTH).json().get("id").asString();
		assertThat(move(health, first, "DECLINED", "No paediatrician this month").status()).isEqualTo(200);

		var second = caseManager.post("/api/v1/cases/" + caseId + "/referrals", Map.of("serviceCode", "MEDICAL_CARE",
				"toOrganizationId", organization(MINISTRY_OF_HEALTH), "task", "Second try", "previousReferralId", first));
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().get("previousReferralId").asString()).isEqualTo(first);
		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/referrals").json()).hasSize(2);
	}

	@Test
	void theReceiverSeesTheCaseWhileTheReferralIsOpenAndNothingOnceItCloses() {
		Http health = new Http(port).as(Demo.HEALTH_SPECIALIST);
		assertThat(health.get("/api/v1/cases/" + caseId + "/sections/HEALTH").status()).isEqualTo(404);

		String id = refer("MEDICAL_CARE", MINISTRY_OF_HEALTH).json().get("id").asString();
		assertThat(health.get("/api/v1/cases/" + caseId + "/sections/HEALTH").status()).isEqualTo(200);
		assertThat(health.get("/api/v1/cases/" + caseId + "/sections/CORE").status()).isEqualTo(200);
		assertThat(health.get("/api/v1/cases/" + caseId + "/sections/FAMILY").status()).isEqualTo(403);
		assertThat(new Http(port).as(Demo.PSYCHOLOGIST).get("/api/v1/cases/" + caseId).status())
				.as("another sector's specialist").isEqualTo(404);

		move(health, id, "ACCEPTED", null);
		move(health, id, "IN_PROGRESS", null);
		move(health, id, "COMPLETED", null);
		assertThat(health.get("/api/v1/cases/" + caseId + "/sections/HEALTH").status()).isEqualTo(404);
	}

	@Test
	void aReferralOutsideGovernmentIsRefusedWithoutAMatchingConsent() {
		var refused = refer("MENTORING", MAHALLA);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("code").asString()).isEqualTo("referral.consent.missing");

		assertThat(guardianConsent().status()).isEqualTo(201);
		var otherPurpose = refer("VOCATIONAL_COURSE", CSO);
		assertThat(otherPurpose.status()).as("consent for mentoring by a mahalla, not a CSO course").isEqualTo(422);

		var referred = refer("MENTORING", MAHALLA);
		assertThat(referred.status()).isEqualTo(201);
		assertThat(referred.json().get("consentId").isNull()).isFalse();
	}

	@Test
	void aChildsConsentIsTheGuardiansWithTheChildsViewRecorded() {
		var byTheChild = caseManager.post("/api/v1/cases/" + caseId + "/consents", Map.of("givenBy", "PERSON",
				"organizationTypes", List.of("LOCAL_COMMUNITY"), "purposes", List.of("MENTORING"),
				"givenOn", LocalDate.now().toString()));
		assertThat(byTheChild.status()).isEqualTo(422);
		var byGuardian = guardianConsent();
		assertThat(byGuardian.status()).isEqualTo(201);
		assertThat(byGuardian.json().get("childView").asString()).contains("volleyball");

		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/consents").json()).hasSize(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'LIST' AND record_type ="
				+ " 'CONSENT' AND record_id = ? AND actor = 'casemanager'", Long.class,
				byGuardian.json().get("id").asString())).as("reading a consent is audited").isEqualTo(1);
	}

	@Test
	void withdrawingConsentRevokesTheMahallasAccessInTheSameRequestAndSuspendsTheReferral() {
		String consent = guardianConsent().json().get("id").asString();
		String referral = refer("MENTORING", MAHALLA).json().get("id").asString();
		Http mahalla = new Http(port).as(Demo.COMMUNITY_WORKER);
		var task = mahalla.get("/api/v1/community/tasks/" + referral);
		assertThat(task.status()).isEqualTo(200);
		assertThat(task.text()).contains("Referralova").doesNotContain("RETURNEE").doesNotContain("Mehr")
				.doesNotContain("stage");

		var withdrawn = caseManager.post("/api/v1/cases/" + caseId + "/consents/" + consent + "/withdrawal",
				Map.of("version", 0, "withdrawnOn", LocalDate.now().toString(), "reason", "The aunt changed her mind"));
		assertThat(withdrawn.status()).isEqualTo(200);

		assertThat(mahalla.get("/api/v1/community/tasks/" + referral).status()).isEqualTo(404);
		assertThat(mahalla.get("/api/v1/cases/" + caseId + "/sections/COMMUNITY").status()).isEqualTo(404);
		assertThat(caseManager.get("/api/v1/referrals/" + referral).json().get("status").asString())
				.isEqualTo("SUSPENDED");
	}

	@Test
	void theMahallaSeesOnlyTheMinimalProfileAndTheTaskAndLogsItsVisits() {
		guardianConsent();
		String referral = refer("MENTORING", MAHALLA).json().get("id").asString();
		Http mahalla = new Http(port).as(Demo.COMMUNITY_WORKER);

		var caseView = mahalla.get("/api/v1/cases/" + caseId).json();
		assertThat(caseView.has("stage")).isFalse();
		assertThat(caseView.get("person").has("birthDate")).isFalse();
		assertThat(caseView.get("person").has("operationName")).isFalse();
		assertThat(caseView.get("sections")).extracting(s -> s.get("section").asString())
				.containsExactly("CORE", "COMMUNITY");
		assertThat(mahalla.get("/api/v1/cases/" + caseId + "/sections/HEALTH").status()).isEqualTo(403);

		move(mahalla, referral, "ACCEPTED", null);
		move(mahalla, referral, "IN_PROGRESS", null);
		var visit = mahalla.post("/api/v1/referrals/" + referral + "/deliveries", Map.of("activity", "MENTORING_VISIT",
				"deliveredOn", LocalDate.now().toString(), "outcome", "DONE", "notes", "Played volleyball"));
		assertThat(visit.status()).isEqualTo(201);
		assertThat(mahalla.get("/api/v1/community/tasks/" + referral).json().get("log").get(0).get("notes").asString())
				.isEqualTo("Played volleyball");
	}

	@Test
	void theReceiverIsNotifiedOfAReferralAndTheReferrerOfItsAcceptance() throws InterruptedException {
		guardianConsent();
		String referral = refer("MENTORING", MAHALLA).json().get("id").asString();
		Http mahalla = new Http(port).as(Demo.COMMUNITY_WORKER);
		assertThat(eventually(() -> mahalla.get("/api/v1/notifications").text().contains(referral))).isTrue();

		move(mahalla, referral, "ACCEPTED", null);
		assertThat(eventually(() -> caseManager.get("/api/v1/notifications").json().toString()
				.contains("\"kind\":\"REFERRAL_ACCEPTED\",\"caseId\":\"" + caseId))).isTrue();
	}

	@Test
	void emergencyAccessOpensOneSectionForItsTimeAndQueuesForTheAuditor() {
		Http teacher = new Http(port).as(Demo.TEACHER);
		assertThat(teacher.get("/api/v1/cases/" + caseId + "/sections/EDUCATION").status()).isEqualTo(404);
		assertThat(teacher.post("/api/v1/cases/" + caseId + "/emergency-access", Map.of("section", "SECURITY",
				"reason", "I am worried about her safety at school")).status())
				.as("no emergency opens the security screening").isEqualTo(422);

		var granted = teacher.post("/api/v1/cases/" + caseId + "/emergency-access", Map.of("section", "EDUCATION",
				"reason", "The school needs her records today to admit her", "minutes", 600));
		assertThat(granted.status()).isEqualTo(201);
		var expiresIn = Duration.between(java.time.Instant.parse(granted.json().get("grantedAt").asString()),
				java.time.Instant.parse(granted.json().get("expiresAt").asString()));
		assertThat(expiresIn).as("capped at four hours").isEqualTo(Duration.ofHours(4));
		assertThat(teacher.get("/api/v1/cases/" + caseId + "/sections/EDUCATION").status()).isEqualTo(200);
		assertThat(teacher.get("/api/v1/cases/" + caseId + "/sections/HEALTH").status()).isEqualTo(403);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = 'EMERGENCY_ACCESS' AND"
				+ " record_id = ?", Long.class, granted.json().get("id").asString())).isEqualTo(1);

		// four hours and a second pass
		jdbc.update("UPDATE emergency_access SET granted_at = granted_at - interval '4 hours 1 second',"
				+ " expires_at = expires_at - interval '4 hours 1 second' WHERE id = ?::uuid",
				granted.json().get("id").asString());
		assertThat(teacher.get("/api/v1/cases/" + caseId + "/sections/EDUCATION").status()).isEqualTo(404);

		Http auditor = new Http(port).as(Demo.AUDITOR);
		String id = granted.json().get("id").asString();
		assertThat(auditor.get("/api/v1/emergency-access").text()).contains(id);
		assertThat(teacher.post("/api/v1/emergency-access/" + id + "/review", Map.of("version", 0, "verdict", "JUSTIFIED"))
				.status()).isEqualTo(403);
		assertThat(auditor.post("/api/v1/emergency-access/" + id + "/review",
				Map.of("version", 0, "verdict", "FLAGGED", "note", "The school had no such emergency")).status())
				.isEqualTo(200);
		assertThat(auditor.get("/api/v1/emergency-access").text()).doesNotContain(id);
		assertThat(auditor.get("/api/v1/emergency-access?pending=false").text()).contains(id).contains("FLAGGED");
	}

	@Test
	void aCaseMovesToAnotherRegionWhenItsCoordinatorAcceptsTheTransfer() {
		String fergana = regionId(caseManager, "Fergana Region");
		var asked = caseManager.post("/api/v1/cases/" + caseId + "/transfers",
				Map.of("toRegionId", fergana, "reason", "The family moved to Margilan"));
		assertThat(asked.status()).isEqualTo(201);
		String transfer = asked.json().get("id").asString();
		assertThat(caseManager.post("/api/v1/cases/" + caseId + "/transfers",
				Map.of("toRegionId", fergana, "reason", "Again")).status()).as("one at a time").isEqualTo(422);

		Http tashkentCoordinator = new Http(port).as(Demo.TASHKENT_COORDINATOR);
		assertThat(tashkentCoordinator.post("/api/v1/transfers/" + transfer + "/decision",
				Map.of("version", 0, "accept", true, "reason", "Not mine")).status()).isEqualTo(403);
		Http ferganaCoordinator = new Http(port).as(Demo.REGIONAL_COORDINATOR);
		assertThat(ferganaCoordinator.get("/api/v1/transfers").text()).contains(transfer);
		var accepted = ferganaCoordinator.post("/api/v1/transfers/" + transfer + "/decision",
				Map.of("version", 0, "accept", true, "reason", "Welcome"));
		assertThat(accepted.status()).isEqualTo(200);

		assertThat(caseManager.get("/api/v1/cases/" + caseId).status()).as("no longer hers").isEqualTo(404);
		var there = ferganaCoordinator.get("/api/v1/cases/" + caseId).json();
		assertThat(there.get("regionId").asString()).isEqualTo(fergana);
		assertThat(there.has("caseManager")).as("waits for a case manager").isFalse();
		assertThat(there.get("history").get(0).get("kind").asString()).isEqualTo("TRANSFER_ACCEPTED");
	}

	@Test
	void aCaseMovesToAnotherOrganisationOfTheSameRegion() {
		String tashkent = regionId(caseManager, "Tashkent");
		String health = organization(MINISTRY_OF_HEALTH);
		var asked = caseManager.post("/api/v1/cases/" + caseId + "/transfers",
				Map.of("toRegionId", tashkent, "toOrganizationId", health, "reason", "Long-term medical care"));
		assertThat(asked.status()).isEqualTo(201);
		var accepted = new Http(port).as(Demo.TASHKENT_COORDINATOR).post("/api/v1/transfers/"
				+ asked.json().get("id").asString() + "/decision", Map.of("version", 0, "accept", true, "reason", "Agreed"));
		assertThat(accepted.status()).isEqualTo(200);
		var there = new Http(port).as(Demo.TASHKENT_COORDINATOR).get("/api/v1/cases/" + caseId).json();
		assertThat(there.get("owningOrganizationId").asString()).isEqualTo(health);
		assertThat(there.get("regionId").asString()).isEqualTo(tashkent);
	}

	@Test
	void aDeclinedTransferLeavesTheCaseWhereItWas() {
		String fergana = regionId(caseManager, "Fergana Region");
		String transfer = caseManager.post("/api/v1/cases/" + caseId + "/transfers",
				Map.of("toRegionId", fergana, "reason", "Maybe moving")).json().get("id").asString();
		var declined = new Http(port).as(Demo.COORDINATOR).post("/api/v1/transfers/" + transfer + "/decision",
				Map.of("version", 0, "accept", false, "reason", "The move is not confirmed"));
		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
		assertThat(caseManager.get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
		assertThat(caseManager.get("/api/v1/cases/" + caseId + "/transfers").json().get(0).get("status").asString())
				.isEqualTo("DECLINED");
	}

	private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long until = System.nanoTime() + ChronoUnit.SECONDS.getDuration().multipliedBy(10).toNanos();
		while (System.nanoTime() < until) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}
}

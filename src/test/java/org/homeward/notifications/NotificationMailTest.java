package org.homeward.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.homeward.support.Demo;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a mail server configured, the people a referral concerns also hear of it by e-mail, and the e-mail says
 * only that something is waiting: no name, no case, nothing that identifies the child.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// the check every second, and not held back by the lock that keeps two instances from running it twice
		properties = { "homeward.referrals.overdue-check=* * * * * *", "homeward.jobs.lock-at-least=PT0S" })
@ActiveProfiles("test")
class NotificationMailTest {

	static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
			.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theMahallaIsToldByMailOfAReferralWithoutAWordAboutTheChild() throws Exception {
		Http caseManager = new Http(port).as(Demo.CASE_MANAGER);
		String caseId = newCase(caseManager, "Pochtaeva", "Madina");
		caseManager.post("/api/v1/cases/" + caseId + "/consents", Map.of("givenBy", "GUARDIAN", "guardianName",
				"Her grandmother", "organizationTypes", List.of("LOCAL_COMMUNITY"), "purposes", List.of("MENTORING"),
				"givenOn", LocalDate.now().toString()));
		var referral = caseManager.post("/api/v1/cases/" + caseId + "/referrals", Map.of("serviceCode", "MENTORING",
				"toOrganizationId", organization("Navbahor mahalla committee"), "task", "Visit Madina weekly"));
		assertThat(referral.status()).isEqualTo(201);

		MimeMessage mail = mailTo(Demo.COMMUNITY_WORKER + "@homeward.example");
		String text = (String) mail.getContent();
		assertThat(mail.getSubject()).isNotBlank();
		assertThat(text).contains("/notifications").contains("referral").contains("направление");
		assertThat(mail.getSubject() + text).doesNotContain("Pochtaeva").doesNotContain("Madina")
				.doesNotContain(caseId).doesNotContain(referral.json().get("id").asString());
	}

	@Test
	void aReferralPastItsDueDateIsReportedOverdueOnce() throws Exception {
		Http caseManager = new Http(port).as(Demo.CASE_MANAGER);
		String caseId = newCase(caseManager, "Muddatova", "Zarina");
		String referral = caseManager.post("/api/v1/cases/" + caseId + "/referrals", Map.of("serviceCode",
				"MEDICAL_CARE", "toOrganizationId", organization("Ministry of Health of the Republic of Uzbekistan"),
				"task", "Check-up", "dueDate", LocalDate.now().toString())).json().get("id").asString();
		Http health = new Http(port).as(Demo.HEALTH_SPECIALIST);
		health.post("/api/v1/referrals/" + referral + "/status", Map.of("version", 0, "target", "ACCEPTED"));

		jdbc.update("UPDATE referral SET due_date = current_date - 1 WHERE id = ?::uuid", referral);

		long deadline = System.currentTimeMillis() + 15_000;
		while (overdueNotices(referral) == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		assertThat(health.get("/api/v1/notifications").json().toString())
				.contains("\"kind\":\"REFERRAL_OVERDUE\"").contains(referral);
		assertThat(caseManager.get("/api/v1/notifications").json().toString()).contains("REFERRAL_OVERDUE");
		Thread.sleep(2_000);
		long noticesAfterSomeChecks = overdueNotices(referral);
		Thread.sleep(2_000);
		assertThat(overdueNotices(referral)).as("told once, not every check").isEqualTo(noticesAfterSomeChecks);
	}

	private long overdueNotices(String referral) {
		return jdbc.queryForObject("SELECT count(*) FROM notification WHERE kind = 'REFERRAL_OVERDUE'"
				+ " AND referral_id = ?::uuid", Long.class, referral);
	}

	private MimeMessage mailTo(String address) throws Exception {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
					return message;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No mail reached " + address);
	}

	private String newCase(Http caseManager, String surname, String givenName) {
		String personId = caseManager.post("/api/v1/persons", registration(person(surname, givenName,
				LocalDate.now().minusYears(11).toString(), regionId(caseManager, "Tashkent")), List.of())).json()
				.get("id").asString();
		return caseManager.post("/api/v1/cases", Map.of("personId", personId)).json().get("id").asString();
	}

	private String organization(String nameEn) {
		return jdbc.queryForObject("SELECT id::text FROM organization WHERE name_en = ?", String.class, nameEn);
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

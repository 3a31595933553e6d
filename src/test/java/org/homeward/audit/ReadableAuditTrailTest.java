package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.homeward.support.Demo;
import org.homeward.support.Fixtures;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The auditor reads the trail as people name things: a case by its number, record types and actions in the reader's
 * language, the server's own address in words; looks a case up by its number; downloads what they found, which is
 * itself recorded. Records are never shown by identifier.
 */
@HomewardTest
class ReadableAuditTrailTest {

	static final Pattern UUID_TEXT = Pattern.compile(">[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<");

	@LocalServerPort
	int port;

	@Test
	void theAuditorFindsACaseByItsNumberAndReadsItsEntriesByName() {
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		String person = manager.post("/api/v1/persons", Fixtures.registration(Fixtures.person("Izlanova", "Shoira",
				"1992-02-02", Fixtures.regionId(manager, "Tashkent")), List.of())).json().get("id").asString();
		var opened = manager.post("/api/v1/cases", Map.of("personId", person)).json();
		String number = opened.get("number").asString();
		manager.get("/api/v1/cases/" + opened.get("id").asString());

		Pages auditor = Pages.signIn(port, Demo.AUDITOR).inLanguage("ru");
		String page = auditor.get("/audit?record=" + number.toLowerCase()).html();
		assertThat(page).contains(number).contains("Случай").contains("человек по случаю " + number)
				.contains("этот сервер");
		assertThat(UUID_TEXT.matcher(page).find()).as("no record shown by its identifier").isFalse();
		assertThat(page).doesNotContain("Izlanova");

		var csv = auditor.getBytes("/audit/trail.csv?record=" + number);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(number)
				.contains("casemanager").doesNotContain("Izlanova");
		String exports = Pages.signIn(port, Demo.AUDITOR).get("/audit?action=EXPORT&recordType=AUDIT_TRAIL").html();
		assertThat(exports).contains("auditor");
	}

	@Test
	void onlyTheAuditorDownloadsTheTrail() {
		assertThat(Pages.signIn(port, Demo.COORDINATOR).getBytes("/audit/trail.csv").statusCode()).isEqualTo(403);
		assertThat(Pages.signIn(port, Demo.ADMIN).getBytes("/audit/trail.csv").statusCode()).isEqualTo(403);
	}
}

package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every list a user may see downloads as CSV and XLSX with what the page shows that user and nothing more, and the
 * download is audited as an export: the persons of the registry, the recommendation tracker, a meeting's
 * participants.
 */
@HomewardTest
class ListDownloadsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePersonsListDownloadsWithinTheReadersRegistryScopeAndIsAudited() {
		String inFergana = jdbc.sql("""
				SELECT p.surname_latin FROM person p JOIN region r ON r.id = p.region_id
				WHERE r.name_en = 'Fergana Region' AND p.surname_latin IS NOT NULL ORDER BY p.id LIMIT 1""")
				.query(String.class).single();
		// posted, as the search is, so that the name never stands in an address
		var national = Pages.signIn(port, Demo.COORDINATOR).postAll("/registry/persons/list.csv",
				Map.of("name", inFergana));
		assertThat(national.status()).isEqualTo(200);
		assertThat(national.html().lines().findFirst().orElseThrow()).startsWith("\uFEFFName,Name in Cyrillic,");
		assertThat(national.html()).contains(inFergana);
		var tashkent = Pages.signIn(port, Demo.TASHKENT_COORDINATOR).postAll("/registry/persons/list.csv",
				Map.of("name", inFergana));
		assertThat(tashkent.html()).as("a person of another region is not in a regional download")
				.doesNotContain("Fergana Region");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry WHERE actor = 'coordinator' AND action = 'EXPORT'
				  AND record_type = 'PERSON' AND detail = 'persons download'""").query(Long.class).single())
				.isPositive();
		assertThat(Pages.signIn(port, Demo.ANALYST).postAll("/registry/persons/list.csv", Map.of()).status())
				.as("the analyst reads no person").isEqualTo(403);
		assertThat(Pages.signIn(port, Demo.COORDINATOR).postAll("/registry/persons/list.xlsx", Map.of()).html())
				.as("a spreadsheet (a zip)").startsWith("PK");
	}

	@Test
	void theTrackerDownloadsInTheReadersLanguage() {
		String text = jdbc.sql("SELECT text FROM council_recommendation ORDER BY number LIMIT 1").query(String.class)
				.single();
		String en = csv(Demo.SECRETARIAT, "/council/recommendations.csv");
		assertThat(en.lines().findFirst().orElseThrow()).startsWith("\uFEFFMeeting,Recommendation,");
		assertThat(en).contains(text.substring(0, Math.min(40, text.length())));
		String ru = new String(Pages.signIn(port, Demo.SECRETARIAT).inLanguage("ru")
				.getBytes("/council/recommendations.csv").body(), StandardCharsets.UTF_8);
		assertThat(ru.lines().findFirst().orElseThrow()).contains("Рекомендация");
		assertThat(Pages.signIn(port, Demo.CASE_MANAGER).getBytes("/council/recommendations.csv").statusCode())
				.isEqualTo(403);
	}

	@Test
	void theSecretariatDownloadsContactsAndAMemberOnlyThePublishedNames() {
		String meeting = jdbc.sql("""
				SELECT d.meeting_id FROM council_participant p JOIN council_delegation d ON d.id = p.delegation_id
				WHERE p.email IS NOT NULL AND p.consent_to_publish LIMIT 1""").query(String.class).single();
		String email = jdbc.sql("""
				SELECT p.email FROM council_participant p JOIN council_delegation d ON d.id = p.delegation_id
				WHERE d.meeting_id = ?::uuid AND p.email IS NOT NULL LIMIT 1""").param(meeting).query(String.class)
				.single();
		String secretariat = csv(Demo.SECRETARIAT, "/council/meetings/" + meeting + "/participants.csv");
		assertThat(secretariat).contains(email).contains("E-mail");
		String unpublished = jdbc.sql("""
				SELECT p.name FROM council_participant p JOIN council_delegation d ON d.id = p.delegation_id
				WHERE d.meeting_id = ?::uuid AND NOT p.consent_to_publish AND p.name IS NOT NULL LIMIT 1""")
				.param(meeting).query(String.class).optional().orElse("no such name");
		String member = csv(Demo.EXPERT, "/council/meetings/" + meeting + "/participants.csv");
		assertThat(member).doesNotContain(email).doesNotContain("E-mail").doesNotContain(unpublished);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry WHERE actor = 'secretariat' AND action = 'EXPORT'
				  AND record_type = 'COUNCIL_PARTICIPANT'""").query(Long.class).single()).isPositive();
	}

	private String csv(String user, String path) {
		var response = Pages.signIn(port, user).getBytes(path);
		assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
		return new String(response.body(), StandardCharsets.UTF_8);
	}
}

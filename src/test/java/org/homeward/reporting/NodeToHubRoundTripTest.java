package org.homeward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSObject;
import org.homeward.HomewardApplication;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole chain over HTTP between two running Homewards: a national node (started here, with its own database and
 * demo cases) and the Council's hub (the shared test application). The secretariat registers the node's public key;
 * the node's national coordinator submits the last quarter; the hub verifies and imports it, and its comparison shows
 * Uzbekistan's quarter from that node. The message the hub keeps names no one: none of the node's names, dates of
 * birth, document numbers or record ids is in it.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NodeToHubRoundTripTest {

	@LocalServerPort
	int hubPort;

	@Autowired
	JdbcTemplate hubDatabase;

	ConfigurableApplicationContext node;
	int nodePort;

	@BeforeAll
	void startANode() {
		node = new SpringApplicationBuilder(HomewardApplication.class).profiles("test").run("--server.port=0",
				"--homeward.reporting.hub-url=http://localhost:" + hubPort, "--homeward.reporting.node-id=TEST-NODE-UZ");
		nodePort = ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@AfterAll
	void stopTheNode() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void theNodeSubmitsTheHubVerifiesAndImportsAndTheComparisonShowsTheState() throws Exception {
		Http nodeCoordinator = new Http(nodePort).as(Demo.COORDINATOR);
		Http secretariat = new Http(hubPort).as(Demo.SECRETARIAT);
		String publicKey = nodeCoordinator.get("/api/v1/indicators/public-key").text();
		var registered = secretariat.post("/api/v1/council/nodes",
				Map.of("nodeId", "TEST-NODE-UZ", "countryCode", "UZ", "publicJwk", publicKey));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);

		String quarter = Quarter.of(LocalDate.now()).previous().toString();
		var sent = nodeCoordinator.post("/api/v1/indicators/submissions", Map.of("quarter", quarter));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().get("status").asInt()).as(sent.toString()).isEqualTo(201);
		int revision = sent.json().get("revision").asInt();

		var received = secretariat.get("/api/v1/council/submissions?country=UZ").json();
		List<String> senders = new ArrayList<>();
		received.forEach(s -> {
			if (s.get("quarter").asString().equals(quarter) && s.get("revision").asInt() == revision) {
				senders.add(s.get("nodeId").asString());
			}
		});
		assertThat(senders).containsExactly("TEST-NODE-UZ");
		var comparison = secretariat.get("/api/v1/council/comparison?indicator=RETURNED").json();
		var uzbekistan = comparison.get("byState").get("UZ").get(quarter);
		assertThat(uzbekistan.get("revision").asInt()).isEqualTo(revision);
		assertThat(uzbekistan.get("illustrative").asBoolean()).isFalse();
		assertThat(new Http(hubPort).as(Demo.SECRETARIAT).get("/council/indicators").status()).isIn(200, 302);

		// what the hub keeps is what the node signed: aggregates, and nothing that names, dates or identifies anyone
		String jws = hubDatabase.queryForObject("SELECT s.jws FROM council_submission s JOIN council_node n ON n.id = "
				+ "s.node_id WHERE n.node_id = 'TEST-NODE-UZ' AND s.quarter = ? AND s.revision = ?", String.class,
				quarter, revision);
		String payload = JWSObject.parse(jws).getPayload().toString();
		assertThat(Sdmx.readJson(payload).observations()).isNotEmpty();
		JdbcTemplate nodeDatabase = node.getBean(JdbcTemplate.class);
		List<String> personal = new ArrayList<>();
		nodeDatabase.query("SELECT id, surname_latin, given_name_latin, surname_cyrillic, given_name_cyrillic, "
				+ "birth_date FROM person", rs -> {
					personal.add(rs.getString("id"));
					for (String column : List.of("surname_latin", "given_name_latin", "surname_cyrillic",
							"given_name_cyrillic")) {
						String name = rs.getString(column);
						if (name != null && name.length() >= 4) {
							personal.add(name);
						}
					}
					LocalDate born = rs.getObject("birth_date", LocalDate.class);
					personal.add(born.toString());
					personal.add(born.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
				});
		nodeDatabase.query("SELECT number FROM identity_document", rs -> {
			personal.add(rs.getString("number"));
		});
		nodeDatabase.query("SELECT id FROM case_file", rs -> {
			personal.add(rs.getString("id"));
		});
		assertThat(personal).hasSizeGreaterThan(1000);
		assertThat(personal).allSatisfy(value -> assertThat(payload).as("personal data in the payload")
				.doesNotContain(value));
	}
}

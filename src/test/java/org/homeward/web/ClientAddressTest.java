package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.sql.DataSource;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail records where a request came from as the connection says, not as an {@code X-Forwarded-For}
 * header claims: with no proxy configured in front (the default), anyone could write any address there.
 */
@HomewardTest
class ClientAddressTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aForgedForwardedForHeaderIsNotTheAddressTheAuditorSees() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String person = new Http(port).as(Demo.COORDINATOR).get("/api/v1/persons?size=1").json().get("items").get(0)
				.get("id").asString();
		long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM audit_entry", Long.class);

		HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + port + "/api/v1/persons/" + person))
				.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((Demo.COORDINATOR + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("X-Forwarded-For", "203.0.113.9").GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(read.statusCode()).isEqualTo(200);
		String recorded = jdbc.queryForObject("""
				SELECT client_address FROM audit_entry
				WHERE id > ? AND actor = ? AND record_type = 'PERSON' AND record_id = ? AND action = 'VIEW'
				ORDER BY id DESC LIMIT 1""", String.class, before, Demo.COORDINATOR, person);
		assertThat(recorded).isNotEqualTo("203.0.113.9").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}
}

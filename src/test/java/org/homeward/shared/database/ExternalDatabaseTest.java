package org.homeward.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.homeward.HomewardApplication;
import org.homeward.support.Demo;
import org.homeward.support.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With HOMEWARD_DB_URL, HOMEWARD_DB_USER and HOMEWARD_DB_PASSWORD set, Homeward uses that PostgreSQL: the same
 * migrations, the same behaviour. The "external" server here is a PostgreSQL 17 that Homeward did not start.
 */
class ExternalDatabaseTest {

	static EmbeddedPostgres external;

	@BeforeAll
	static void startAnotherPostgresql() throws Exception {
		Path dir = Files.createTempDirectory(Path.of("target"), "external-pg");
		external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
		try (Connection c = external.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE ROLE homeward_owner LOGIN PASSWORD 'owner-secret'");
			s.execute("CREATE ROLE homeward_service LOGIN PASSWORD 'service-secret'");
			s.execute("CREATE DATABASE homeward_single OWNER homeward_owner");
			s.execute("CREATE DATABASE homeward_split OWNER homeward_owner");
		}
	}

	@AfterAll
	static void stop() throws IOException {
		external.close();
	}

	private static ConfigurableApplicationContext start(String database, String... credentials) {
		String url = "jdbc:postgresql://localhost:" + external.getPort() + "/" + database;
		// As command-line arguments, so that they win over application.yml like the environment variables would.
		String[] arguments = new String[credentials.length + 5];
		arguments[0] = "--homeward.db.url=" + url;
		arguments[1] = "--server.port=0";
		arguments[2] = "--homeward.demo=true";
		arguments[3] = "--homeward.db.data-dir=target/must-not-be-used";
		arguments[4] = "--logging.level.root=warn";
		for (int i = 0; i < credentials.length; i++) {
			arguments[5 + i] = "--" + credentials[i];
		}
		return new SpringApplicationBuilder(HomewardApplication.class).run(arguments);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	void homewardRunsOnAnExternalDatabaseWithOneRole() {
		try (var context = start("homeward_single", "homeward.db.user=homeward_owner",
				"homeward.db.password=owner-secret")) {
			Http coordinator = new Http(port(context)).as(Demo.COORDINATOR);
			var created = coordinator.post("/api/v1/persons", registration(
					person("Externalova", "Gulnora", "1990-01-01", regionId(coordinator, "Tashkent")), List.of()));
			assertThat(created.status()).isEqualTo(201);
			assertThat(coordinator.get("/api/v1/persons/" + created.json().get("id").asString()).status()).isEqualTo(200);

			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT current_database()", String.class)).isEqualTo("homeward_single");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE success", Long.class))
					.isGreaterThanOrEqualTo(5);
			// Even as the owner of the tables, the application cannot rewrite the audit trail.
			assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry")).rootCause().hasMessageContaining("denied");
			assertThat(Files.exists(Path.of("target/must-not-be-used"))).isFalse();
		}
	}

	@Test
	void homewardRunsOnAnExternalDatabaseWithASeparateOwnerForMigrations() {
		try (var context = start("homeward_split", "homeward.db.user=homeward_service",
				"homeward.db.password=service-secret", "homeward.db.owner-user=homeward_owner",
				"homeward.db.owner-password=owner-secret")) {
			Http coordinator = new Http(port(context)).as(Demo.COORDINATOR);
			assertThat(coordinator.get("/api/v1/persons").status()).isEqualTo(200);

			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("homeward_service");
			assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET detail = 'x'"))
					.rootCause().hasMessageContaining("permission denied");
			assertThatThrownBy(() -> jdbc.execute("DROP TABLE person")).rootCause().hasMessageContaining("must be owner");
		}
	}
}

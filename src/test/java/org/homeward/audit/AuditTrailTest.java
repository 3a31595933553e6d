package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.homeward.shared.database.DatabaseServer;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail records every read of personal data, cannot be rewritten by the application's database role, and
 * reveals tampering by someone who can (a database superuser) when the auditor verifies it.
 */
@HomewardTest
class AuditTrailTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource applicationDataSource;

	@Autowired
	DatabaseServer server;

	@Autowired
	AuditTrail trail;

	@Test
	void readingAPersonWritesWhoReadItWhenAndFromWhere() {
		Http caseManager = new Http(port).as(Demo.CASE_MANAGER);
		String id = createPerson("Auditova", "Nilufar");
		JdbcTemplate jdbc = new JdbcTemplate(applicationDataSource);
		int before = count(jdbc, id, "VIEW");

		assertThat(caseManager.get("/api/v1/persons/" + id).status()).isEqualTo(200);

		var entry = jdbc.queryForMap("""
				SELECT actor, actor_roles, organization_id, client_address FROM audit_entry
				WHERE record_type = 'PERSON' AND record_id = ? AND action = 'VIEW' ORDER BY id DESC LIMIT 1""", id);
		assertThat(count(jdbc, id, "VIEW")).isEqualTo(before + 1);
		assertThat(entry.get("actor")).isEqualTo(Demo.CASE_MANAGER);
		assertThat(entry.get("actor_roles")).isEqualTo("CASE_MANAGER");
		assertThat(entry.get("organization_id")).isNotNull();
		assertThat((String) entry.get("client_address")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	@Test
	void aPersonsPageShowsWhoViewedTheRecord() {
		String id = createPerson("Viewedova", "Sabina");
		new Http(port).as(Demo.CASE_MANAGER).get("/api/v1/persons/" + id);

		var page = Pages.signIn(port, Demo.COORDINATOR).get("/registry/persons/" + id);

		assertThat(page.status()).isEqualTo(200);
		String accesses = page.html().substring(page.html().indexOf("id=\"accesses\""));
		assertThat(accesses).contains(Demo.CASE_MANAGER).contains("viewed").contains(Demo.COORDINATOR);
	}

	@Test
	void theApplicationRoleCannotChangeOrRemoveAuditEntries() {
		JdbcTemplate jdbc = new JdbcTemplate(applicationDataSource);
		long id = jdbc.queryForObject("SELECT max(id) FROM audit_entry", Long.class);

		assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET detail = 'rewritten' WHERE id = ?", id))
				.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE id = ?", id))
				.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry")).rootCause().hasMessageContaining("permission denied");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void evenTheOwnerIsStoppedByTheTrailsTriggers() throws SQLException {
		try (Connection owner = ownerConnection(); Statement statement = owner.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry WHERE id = 1"))
					.hasMessageContaining("append-only");
		}
	}

	@Test
	void aRowChangedBehindTheApplicationsBackIsFoundByTheAuditorsVerification() throws SQLException {
		createPerson("Tamperova", "Kamola");
		JdbcTemplate jdbc = new JdbcTemplate(applicationDataSource);
		long victim = jdbc.queryForObject("SELECT max(id) FROM audit_entry", Long.class);
		String originalActor = jdbc.queryForObject("SELECT actor FROM audit_entry WHERE id = ?", String.class, victim);
		assertThat(verify()).contains("id=\"verification\"").contains("intact");

		try {
			tamper("UPDATE audit_entry SET actor = 'nobody' WHERE id = " + victim);
			assertThat(verify()).contains("Entry " + victim + " was changed after it was written");
		}
		finally {
			tamper("UPDATE audit_entry SET actor = '" + originalActor + "' WHERE id = " + victim);
		}
		assertThat(verify()).contains("intact");
	}

	@Test
	void aRowRemovedFromTheMiddleOfTheTrailIsFound() throws SQLException {
		createPerson("Removedova", "Shahnoza");
		JdbcTemplate jdbc = new JdbcTemplate(applicationDataSource);
		long victim = jdbc.queryForObject("SELECT id FROM audit_entry ORDER BY id DESC OFFSET 1 LIMIT 1", Long.class);
		Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_entry WHERE id = ?", victim);
		// Entries are chained by the sealing step within about a second of their commit; an entry removed before
		// it was chained was never part of the chain, so the tampering starts once it is.
		awaitSealed(victim);
		try {
			tamper("DELETE FROM audit_entry WHERE id = " + victim);
			assertThat(verify()).contains("The chain is broken at entry");
		}
		finally {
			reinsert(row);
		}
		assertThat(verify()).contains("intact");
	}

	private void awaitSealed(long entryId) {
		long until = System.currentTimeMillis() + 30_000;
		while (!trail.isSealed(entryId)) {
			assertThat(System.currentTimeMillis()).as("entry %d sealed within 30 s", entryId).isLessThan(until);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	private String verify() {
		Pages auditor = Pages.signIn(port, Demo.AUDITOR);
		var trail = auditor.get("/audit");
		return auditor.post("/audit/verify", Map.of(), trail).html();
	}

	private String createPerson(String surname, String givenName) {
		Http coordinator = new Http(port).as(Demo.COORDINATOR);
		String tashkent = regionId(coordinator, "Tashkent");
		return coordinator.post("/api/v1/persons",
				registration(person(surname, givenName, "1990-05-05", tashkent), List.of())).json().get("id").asString();
	}

	private static int count(JdbcTemplate jdbc, String id, String action) {
		return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_id = ? AND action = ?",
				Integer.class, id, action);
	}

	/** What an attacker with the database superuser's password could do: switch the triggers off and write. */
	private void tamper(String sql) throws SQLException {
		try (Connection owner = ownerConnection(); Statement statement = owner.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			statement.execute(sql);
		}
	}

	private void reinsert(Map<String, Object> row) throws SQLException {
		try (Connection owner = ownerConnection()) {
			var insert = owner.prepareStatement("""
					INSERT INTO audit_entry (id, occurred_at, actor, actor_roles, organization_id, action, record_type,
					  record_id, client_address, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			String[] columns = { "id", "occurred_at", "actor", "actor_roles", "organization_id", "action", "record_type",
					"record_id", "client_address", "detail", "previous_hash", "hash" };
			for (int i = 0; i < columns.length; i++) {
				insert.setObject(i + 1, row.get(columns[i]));
			}
			insert.executeUpdate();
		}
	}

	private Connection ownerConnection() throws SQLException {
		var login = server.owner();
		return DriverManager.getConnection(login.url(), login.user(), login.password());
	}
}

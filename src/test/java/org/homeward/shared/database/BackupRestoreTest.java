package org.homeward.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.homeward.shared.encryption.Encryption;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup command's round trip: a backup of the demo node (every table, at one instant), restored into a fresh
 * PostgreSQL migrated to the same schema, holds the same rows in every table, byte for byte; and a restore into a
 * database in use is refused.
 */
@HomewardTest
class BackupRestoreTest {

	@Autowired
	@Qualifier("migrationDataSource")
	DataSource owner;

	@Autowired
	Encryption encryption;

	@Test
	void aBackupRestoredIntoAFreshInstanceHasEveryTableAsItWas() throws Exception {
		Path file = Files.createTempFile(Path.of("target"), "homeward-backup", ".zip");
		try (OutputStream out = Files.newOutputStream(file)) {
			var made = DatabaseBackup.backup(owner, out, encryption.keysetReference());
			assertThat(made.rowsByTable()).containsKeys("person", "case_file", "case_note", "audit_entry", "consent");
			assertThat(made.keysetReference()).startsWith("tink-aead-keyset[");
		}
		assertThat(DatabaseBackup.manifest(Files.newInputStream(file)).getProperty("keyset"))
				.isEqualTo(encryption.keysetReference()).doesNotContain("\"value\"");

		Path dir = Files.createTempDirectory(Path.of("target"), "restore-pg");
		try (EmbeddedPostgres fresh = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
				.start()) {
			DataSource target = fresh.getPostgresDatabase();
			Flyway.configure().dataSource(target).locations("classpath:db/migration")
					.placeholders(Map.of("app_role", "postgres")).load().migrate();

			DatabaseBackup.restore(target, () -> Files.newInputStream(file));

			JdbcTemplate before = new JdbcTemplate(owner);
			JdbcTemplate after = new JdbcTemplate(target);
			Map<String, String> expected = fingerprints(before);
			assertThat(expected).hasSizeGreaterThan(30);
			expected.keySet().removeAll(List.of("spring_session", "spring_session_attributes", "flyway_schema_history"));
			Map<String, String> actual = fingerprints(after);
			actual.keySet().retainAll(expected.keySet());
			assertThat(actual).isEqualTo(expected);
			assertThat(after.queryForObject("SELECT last_value FROM audit_entry_id_seq", Long.class))
					.isEqualTo(before.queryForObject("SELECT last_value FROM audit_entry_id_seq", Long.class));

			assertThatThrownBy(() -> DatabaseBackup.restore(target, () -> Files.newInputStream(file)))
					.hasMessageContaining("in use");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Each table's row count and a hash of all its rows as text, in a fixed order. */
	private static Map<String, String> fingerprints(JdbcTemplate jdbc) {
		Map<String, String> fingerprints = new TreeMap<>();
		for (String table : jdbc.queryForList("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""", String.class)) {
			fingerprints.put(table, jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
					+ " ORDER BY t::text)), '-') FROM \"" + table + "\" t", String.class));
		}
		return fingerprints;
	}
}

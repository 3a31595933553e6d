package org.homeward.shared.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent backup of the whole database, and its restore into a fresh instance, by the application itself (no
 * PostgreSQL client tools needed, embedded or external alike). The backup is one ZIP: a manifest (schema version,
 * time, every table with its columns and row count, the sequences, and the reference of the encryption keyset it
 * needs, never the keys), and each table in PostgreSQL's binary COPY format, all read in one repeatable-read
 * transaction, so that they show the database at one instant. Encrypted contents stay encrypted in it.
 *
 * <p>A restore goes into a database migrated to the same schema version and holding no data of its own beyond
 * what the migrations insert: that reference data is replaced, every table is loaded in the order of its foreign
 * keys, and the sequences are set, in one transaction.
 */
public final class DatabaseBackup {

	static final String FORMAT = "homeward-backup-1";
	/** Sessions are not kept: a restored node starts with everyone signed out. */
	private static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session",
			"spring_session_attributes");

	private DatabaseBackup() {
	}

	/** What a backup holds, as its manifest says. */
	public record Manifest(String schemaVersion, Instant createdAt, String keysetReference,
			Map<String, Long> rowsByTable) {
	}

	public static Manifest backup(DataSource owner, OutputStream target, String keysetReference) {
		try (Connection connection = owner.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			String version = schemaVersion(connection);
			Map<String, List<String>> unordered = tables(connection);
			// in the order a restore loads them: a table after those its foreign keys point to
			Map<String, List<String>> tables = new LinkedHashMap<>();
			loadOrder(connection, List.copyOf(unordered.keySet())).forEach(table -> tables.put(table, unordered.get(table)));
			Map<String, Long> rows = new LinkedHashMap<>();
			Properties manifest = new Properties();
			manifest.setProperty("format", FORMAT);
			manifest.setProperty("schemaVersion", version);
			Instant now = Instant.now();
			manifest.setProperty("createdAt", now.toString());
			manifest.setProperty("keyset", keysetReference);
			try (var zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
				for (var table : tables.entrySet()) {
					zip.putNextEntry(new ZipEntry("tables/" + table.getKey() + ".copy"));
					long count = copy.copyOut("COPY " + quote(table.getKey()) + " (" + columns(table.getValue())
							+ ") TO STDOUT (FORMAT binary)", new KeepOpen(zip));
					zip.closeEntry();
					rows.put(table.getKey(), count);
					manifest.setProperty("table." + table.getKey() + ".columns", String.join(",", table.getValue()));
					manifest.setProperty("table." + table.getKey() + ".rows", Long.toString(count));
				}
				manifest.setProperty("tables", String.join(",", tables.keySet()));
				Map<String, Long> sequences = sequences(connection);
				manifest.setProperty("sequences", String.join(",", sequences.keySet()));
				sequences.forEach((name, value) -> manifest.setProperty("sequence." + name, Long.toString(value)));
				zip.putNextEntry(new ZipEntry("manifest.properties"));
				var text = new StringWriter();
				manifest.store(text, "Homeward backup; the tables are PostgreSQL binary COPY");
				zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			connection.commit();
			return new Manifest(version, now, keysetReference, rows);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The backup could not be written", e);
		}
	}

	/** Reads a backup's manifest without restoring it. */
	public static Properties manifest(InputStream backup) {
		try (var zip = new ZipInputStream(backup, StandardCharsets.UTF_8)) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().equals("manifest.properties")) {
					Properties manifest = new Properties();
					manifest.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
					return manifest;
				}
			}
			throw new IllegalArgumentException("Not a Homeward backup: it has no manifest");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Restores a backup into a fresh instance. The backup is read twice (manifest first), so it is given as a way to
	 * open it.
	 */
	public static Manifest restore(DataSource owner, BackupSource source) {
		Properties manifest;
		try (InputStream in = source.open()) {
			manifest = manifest(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!FORMAT.equals(manifest.getProperty("format"))) {
			throw new IllegalArgumentException("Not a backup of this format: " + manifest.getProperty("format"));
		}
		try (Connection connection = owner.getConnection()) {
			connection.setAutoCommit(false);
			String version = schemaVersion(connection);
			if (!version.equals(manifest.getProperty("schemaVersion"))) {
				throw new IllegalStateException("The backup is of schema version " + manifest.getProperty("schemaVersion")
						+ ", this instance of " + version + ": restore with the Homeward release that made it");
			}
			try (Statement statement = connection.createStatement()) {
				var users = statement.executeQuery("SELECT (SELECT count(*) FROM app_user) + (SELECT count(*) FROM audit_entry)");
				users.next();
				if (users.getLong(1) > 0) {
					throw new IllegalStateException("The target database is in use (it has users or audit entries): "
							+ "restore into a fresh instance");
				}
			}
			Map<String, List<String>> present = tables(connection);
			List<String> backedUp = List.of(manifest.getProperty("tables").split(","));
			for (String table : backedUp) {
				if (!present.containsKey(table)) {
					throw new IllegalStateException("The backup has a table this instance lacks: " + table);
				}
			}
			try (Statement statement = connection.createStatement()) {
				// reference data inserted by the migrations is replaced by the backup's
				List<String> filled = new ArrayList<>();
				for (String table : present.keySet()) {
					var rs = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")");
					rs.next();
					if (rs.getBoolean(1)) {
						filled.add(quote(table));
					}
				}
				if (!filled.isEmpty()) {
					statement.execute("TRUNCATE " + String.join(", ", filled) + " CASCADE");
				}
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Map<String, Long> rows = new LinkedHashMap<>();
			// the tables come in the order they load in, each streamed from the backup into its table
			try (var zip = new ZipInputStream(source.open(), StandardCharsets.UTF_8)) {
				for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
					if (!entry.getName().startsWith("tables/")) {
						continue;
					}
					String table = entry.getName().substring("tables/".length(), entry.getName().length() - ".copy".length());
					String columns = manifest.getProperty("table." + table + ".columns");
					long count = copy.copyIn("COPY " + quote(table) + " (" + columns(List.of(columns.split(",")))
							+ ") FROM STDIN (FORMAT binary)", new KeepOpenInput(zip));
					rows.put(table, count);
				}
			}
			try (Statement statement = connection.createStatement()) {
				String sequences = manifest.getProperty("sequences", "");
				for (String sequence : sequences.isBlank() ? new String[0] : sequences.split(",")) {
					statement.execute("SELECT setval('" + quote(sequence).replace("'", "''") + "', "
							+ Long.parseLong(manifest.getProperty("sequence." + sequence)) + ", true)");
				}
			}
			connection.commit();
			return new Manifest(version, Instant.parse(manifest.getProperty("createdAt")), manifest.getProperty("keyset"),
					rows);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The restore failed and changed nothing: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Opens the backup anew, from its start. */
	@FunctionalInterface
	public interface BackupSource {
		InputStream open() throws IOException;
	}


	/** Tables referenced by a foreign key first, so that every row finds the row it points to. */
	private static List<String> loadOrder(Connection connection, List<String> tables) throws SQLException {
		Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
		tables.forEach(table -> dependsOn.put(table, new LinkedHashSet<>()));
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("""
						SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
						FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
						WHERE c.contype = 'f' AND n.nspname = current_schema()""")) {
			while (rs.next()) {
				String child = unquote(rs.getString("child"));
				String parent = unquote(rs.getString("parent"));
				if (dependsOn.containsKey(child) && !child.equals(parent) && dependsOn.containsKey(parent)) {
					dependsOn.get(child).add(parent);
				}
			}
		}
		List<String> order = new ArrayList<>();
		Set<String> placed = new LinkedHashSet<>();
		while (order.size() < tables.size()) {
			boolean progress = false;
			for (var entry : dependsOn.entrySet()) {
				if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
					order.add(entry.getKey());
					placed.add(entry.getKey());
					progress = true;
				}
			}
			if (!progress) {
				throw new IllegalStateException("Foreign keys form a cycle between tables: " + dependsOn);
			}
		}
		return order;
	}

	private static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("""
						SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
						ORDER BY installed_rank DESC LIMIT 1""")) {
			return rs.next() ? rs.getString(1) : "none";
		}
	}

	private static Map<String, List<String>> tables(Connection connection) throws SQLException {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("""
						SELECT c.table_name, c.column_name FROM information_schema.columns c
						JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
						WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
						  AND c.is_generated <> 'ALWAYS' -- computed by PostgreSQL again on restore
						ORDER BY c.table_name, c.ordinal_position""")) {
			while (rs.next()) {
				if (!SKIPPED.contains(rs.getString(1))) {
					tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
				}
			}
		}
		return tables;
	}

	private static Map<String, Long> sequences(Connection connection) throws SQLException {
		Map<String, Long> sequences = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				var rs = statement.executeQuery("""
						SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences
						WHERE schemaname = current_schema() ORDER BY sequencename""")) {
			while (rs.next()) {
				if (rs.getLong(2) > 0) {
					sequences.put(rs.getString(1), rs.getLong(2));
				}
			}
		}
		return sequences;
	}

	private static String columns(List<String> columns) {
		return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static String unquote(String identifier) {
		return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
				: identifier;
	}

	/** Lets COPY read the current ZIP entry without closing the ZIP. */
	private static final class KeepOpenInput extends java.io.FilterInputStream {

		KeepOpenInput(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
		}
	}

	/** Lets COPY write into the current ZIP entry without closing the ZIP. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}

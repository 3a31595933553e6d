package org.homeward.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 17 started by Homeward itself, so that a newcomer needs nothing but a JDK and Maven. Its data are
 * kept under {@link DatabaseSettings#dataDir()} across restarts, and a server left running by a {@code kill -9}
 * of an earlier Homeward is stopped before this one starts, so that an unclean stop never blocks the next start.
 */
final class EmbeddedDatabaseServer implements DatabaseServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
	private static final String DATABASE = "homeward";
	private static final String SUPERUSER = "postgres";
	/** The lock zonky holds on the data directory while a server of ours runs. */
	private static final String OWNER_LOCK = "epg-lock";

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabaseServer start(DatabaseSettings settings) {
		Path dataDir = settings.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
			refuseIfInUse(dataDir);
			stopOrphanedServer(dataDir);
			setAsideIncompleteInitialisation(dataDir);

			var builder = EmbeddedPostgres.builder()
					.setDataDirectory(dataDir)
					.setCleanDataDirectory(settings.ephemeral())
					.setPGStartupWait(Duration.ofSeconds(60))
					// Spring stops the server when the application context closes, after the pool and everything
					// else that uses it; a JVM hook of its own would stop it first, under their feet.
					.setRegisterShutdownHook(false)
					.setServerConfig("listen_addresses", "localhost")
					.setServerConfig("max_connections", "100");
			if (!settings.ephemeral()) {
				// zonky tunes PostgreSQL for throw-away test data; real data must survive a power cut.
				builder.setServerConfig("fsync", "on")
						.setServerConfig("synchronous_commit", "on")
						.setServerConfig("full_page_writes", "on");
			}
			var server = new EmbeddedDatabaseServer(builder.start());
			server.prepareDatabaseAndRoles();
			log.info("Embedded PostgreSQL is serving {} on port {}", dataDir, server.postgres.getPort());
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
		}
	}

	@Override
	public Login owner() {
		return login(SUPERUSER);
	}

	@Override
	public Login application() {
		return login(DatabaseSettings.EMBEDDED_APP_ROLE);
	}

	private Login login(String role) {
		// Authentication on the embedded server is by trust on the loopback interface only; no password is used.
		return new Login("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE, role, "");
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
		}
	}

	private void prepareDatabaseAndRoles() {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
			}
			if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", DatabaseSettings.EMBEDDED_APP_ROLE)) {
				statement.execute("CREATE ROLE " + DatabaseSettings.EMBEDDED_APP_ROLE + " LOGIN");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare the embedded database", e);
		}
	}

	private static boolean exists(Connection connection, String sql, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, name);
			return query.executeQuery().next();
		}
	}

	/** Two Homewards on one data directory would corrupt it; the second one stops here with a clear message. */
	private static void refuseIfInUse(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve(OWNER_LOCK);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("Another running Homeward uses " + dataDir
						+ "; stop it first or set homeward.db.data-dir to another directory");
			}
		}
	}

	/**
	 * After a {@code kill -9} of Homeward its PostgreSQL keeps running and holds the data directory. Nobody
	 * holds our lock any more (checked above), so that server is an orphan: stop it and let this start take over.
	 */
	private static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
				.filter(ProcessHandle::isAlive)
				.filter(EmbeddedDatabaseServer::isPostgres);
		if (postmaster.isPresent()) {
			log.warn("Stopping a PostgreSQL server (pid {}) left running by an unclean stop of Homeward",
					postmaster.get().pid());
			stop(postmaster.get());
		}
		Files.deleteIfExists(pidFile);
	}

	private static void stop(ProcessHandle postmaster) {
		postmaster.destroy(); // SIGTERM: a smart shutdown; the orphan's clients died with the old JVM
		try {
			postmaster.onExit().get(30, TimeUnit.SECONDS);
		}
		catch (Exception notYet) {
			postmaster.destroyForcibly();
			try {
				postmaster.onExit().get(10, TimeUnit.SECONDS);
			}
			catch (Exception e) {
				throw new IllegalStateException("Could not stop the orphaned PostgreSQL server " + postmaster.pid(), e);
			}
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		try {
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** Never stop a process we cannot tell is PostgreSQL: its pid may have been reused by something else. */
	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	/** A stop during the very first initialisation leaves a directory initdb refuses to reuse. */
	private static void setAsideIncompleteInitialisation(Path dataDir) throws IOException {
		if (Files.exists(dataDir.resolve("postgresql.conf"))) {
			return;
		}
		boolean hasLeftovers;
		try (Stream<Path> entries = Files.list(dataDir)) {
			hasLeftovers = entries.anyMatch(entry -> !entry.getFileName().toString().equals(OWNER_LOCK));
		}
		if (hasLeftovers) {
			Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".incomplete-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
			log.warn("The data directory {} holds an incomplete initialisation; moved it to {}", dataDir, aside);
			Files.move(dataDir, aside);
			Files.createDirectories(dataDir);
		}
	}
}

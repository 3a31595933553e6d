package org.homeward.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A {@code kill -9} of Homeward leaves its PostgreSQL running and holding the data directory; the next start must
 * take over cleanly, with the data written before the kill.
 */
class UncleanStopTest {

	@Test
	void theNextStartAfterAKillMinus9RecoversTheDataDirectory() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "unclean-stop").resolve("postgres");
		Process homeward = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), OrphanedServerLauncher.class.getName(), dataDir.toString())
				.redirectErrorStream(true).start();
		try (var output = new BufferedReader(new InputStreamReader(homeward.getInputStream()))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals("READY")) {
				// start-up output of the child
			}
			assertThat(line).as("the child started its database").isEqualTo("READY");
		}
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());

		homeward.destroyForcibly(); // SIGKILL: no shutdown hook runs
		assertThat(homeward.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("PostgreSQL outlived Homeward")
				.hasValue(true);

		var settings = new DatabaseSettings(null, null, null, null, null, dataDir, false, 2);
		try (var restarted = EmbeddedDatabaseServer.start(settings)) {
			var owner = restarted.owner();
			try (var connection = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
					var rows = connection.createStatement().executeQuery("SELECT note FROM survivor")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("written before the kill");
			}
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		deleteRecursively(dataDir.getParent().toFile());
	}

	@Test
	void anEmbeddedServerKeepsItsDataAcrossAnOrderlyRestart() throws Exception {
		Path dataDir = Files.createTempDirectory(Path.of("target"), "restart").resolve("postgres");
		var settings = new DatabaseSettings(null, null, null, null, null, dataDir, false, 2);
		try (var first = EmbeddedDatabaseServer.start(settings);
				var connection = DriverManager.getConnection(first.owner().url(), "postgres", "");
				var statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (n int)");
			statement.execute("INSERT INTO kept VALUES (42)");
			var fsync = statement.executeQuery("SHOW fsync");
			fsync.next();
			assertThat(fsync.getString(1)).as("real data are written durably").isEqualTo("on");
		}
		try (var second = EmbeddedDatabaseServer.start(settings);
				var connection = DriverManager.getConnection(second.owner().url(), "postgres", "");
				var rows = connection.createStatement().executeQuery("SELECT n FROM kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(42);
		}
		deleteRecursively(dataDir.getParent().toFile());
	}

	private static void deleteRecursively(File file) {
		File[] children = file.listFiles();
		if (children != null) {
			for (File child : children) {
				deleteRecursively(child);
			}
		}
		file.delete();
	}
}

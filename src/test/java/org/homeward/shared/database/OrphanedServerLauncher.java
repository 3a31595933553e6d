package org.homeward.shared.database;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Starts the embedded PostgreSQL in a JVM of its own, writes a row, says READY and waits to be killed: the test
 * kills it with SIGKILL, as {@code kill -9} would kill Homeward, leaving its PostgreSQL running as an orphan.
 */
public final class OrphanedServerLauncher {

	public static void main(String[] args) throws Exception {
		var settings = new DatabaseSettings(null, null, null, null, null, Path.of(args[0]), false, 2);
		var server = EmbeddedDatabaseServer.start(settings);
		var owner = server.owner();
		try (var connection = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
				var statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS survivor (note text)");
			statement.execute("INSERT INTO survivor VALUES ('written before the kill')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}

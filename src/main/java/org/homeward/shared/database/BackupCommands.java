package org.homeward.shared.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.sql.DataSource;

import org.homeward.shared.encryption.Encryption;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The commands {@code --backup=FILE} and {@code --restore=FILE}: Homeward starts without its web server against the
 * configured database (embedded or external), writes or restores a backup (see {@link DatabaseBackup}), prints what
 * it did, and stops, before anything else runs at start-up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupCommands implements ApplicationRunner {

	private final DataSource owner;
	private final Encryption encryption;
	private final ApplicationContext context;

	BackupCommands(@Qualifier("migrationDataSource") DataSource owner, Encryption encryption,
			ApplicationContext context) {
		this.owner = owner;
		this.encryption = encryption;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("backup")) {
			finish(backup(Path.of(args.getOptionValues("backup").get(0))));
		}
		else if (args.containsOption("restore")) {
			finish(restore(Path.of(args.getOptionValues("restore").get(0))));
		}
	}

	private int backup(Path file) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (OutputStream out = Files.newOutputStream(partial)) {
			var made = DatabaseBackup.backup(owner, out, encryption.keysetReference());
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			long rows = made.rowsByTable().values().stream().mapToLong(Long::longValue).sum();
			System.out.printf("Backup written to %s: schema %s, %d tables, %d rows; it needs the keyset %s%n", file,
					made.schemaVersion(), made.rowsByTable().size(), rows, made.keysetReference());
			return 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private int restore(Path file) {
		var manifest = DatabaseBackup.manifest(open(file));
		String needed = manifest.getProperty("keyset");
		var restored = DatabaseBackup.restore(owner, () -> Files.newInputStream(file));
		long rows = restored.rowsByTable().values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("Restored %s (made %s): %d tables, %d rows. It needs the keyset %s; this node has %s%n",
				file, restored.createdAt(), restored.rowsByTable().size(), rows, needed, encryption.keysetReference());
		return 0;
	}

	private static java.io.InputStream open(Path file) {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

	private void finish(int code) {
		System.exit(SpringApplication.exit(context, () -> code));
	}
}

package org.homeward.shared.encryption;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.crypto.tink.KeysetHandle;

/**
 * The keyset commands, which need no database: {@code --keyset-new=FILE} writes a new keyset (refusing to overwrite
 * one), and {@code --keyset-rotate=FILE} adds a new primary key to a keyset file, keeping the old keys so that what
 * they sealed stays readable while Homeward re-encrypts it in the background.
 */
public final class KeysetCommands {

	private KeysetCommands() {
	}

	/** Runs a keyset command if the arguments hold one; whether they did. */
	public static boolean handled(String[] args) {
		for (String arg : args) {
			if (arg.startsWith("--keyset-new=")) {
				Path file = Path.of(arg.substring("--keyset-new=".length()));
				if (Files.exists(file)) {
					throw new IllegalStateException(file + " exists already; a keyset is never overwritten");
				}
				KeysetHandle keyset = KeysetSource.generate();
				KeysetSource.write(file, keyset);
				System.out.println("New keyset written to " + file + ": " + new Encryption(keyset).keysetReference());
				return true;
			}
			if (arg.startsWith("--keyset-rotate=")) {
				Path file = Path.of(arg.substring("--keyset-rotate=".length()));
				KeysetHandle rotated = KeysetSource.rotated(KeysetSource.read(file));
				KeysetSource.write(file, rotated);
				System.out.println("Keyset " + file + " rotated: " + new Encryption(rotated).keysetReference()
						+ ". Restart Homeward: new values are sealed with the new key, old ones re-encrypted in the background.");
				return true;
			}
		}
		return false;
	}
}

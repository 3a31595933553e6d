package org.homeward.shared.encryption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Where the node's keyset comes from: the environment variable's value, or a file. Tink's JSON keyset format; the
 * file should be readable by Homeward's operating-system user only, and backed up apart from the database.
 */
public final class KeysetSource {

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private KeysetSource() {
	}

	public static KeysetHandle parse(String json) {
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The encryption keyset is not a valid Tink JSON keyset", e);
		}
	}

	public static String serialize(KeysetHandle keyset) {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static KeysetHandle read(Path file) {
		try {
			return parse(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the encryption keyset " + file, e);
		}
	}

	/** A new keyset of one AES-256-GCM key. */
	public static KeysetHandle generate() {
		try {
			return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The keyset with a new AES-256-GCM key as its primary; the old keys stay, to decrypt what they sealed. */
	public static KeysetHandle rotated(KeysetHandle keyset) {
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
			for (int i = 0; i < builder.size(); i++) {
				builder.getAt(i).setStatus(KeyStatus.ENABLED);
			}
			builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
					.withRandomId().makePrimary());
			return builder.build();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The keyset without the keys other than the primary: once everything is re-encrypted, old keys can go. */
	public static KeysetHandle primaryOnly(KeysetHandle keyset) {
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
			for (int i = builder.size() - 1; i >= 0; i--) {
				if (!builder.getAt(i).isPrimary()) {
					builder.deleteAt(i);
				}
			}
			return builder.build();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Writes a keyset file readable by its owner only (where the file system has POSIX permissions). */
	public static void write(Path file, KeysetHandle keyset) {
		try {
			if (file.getParent() != null) {
				Files.createDirectories(file.getParent());
			}
			Path temporary = file.resolveSibling(file.getFileName() + ".new");
			Files.deleteIfExists(temporary);
			try {
				Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException e) {
				Files.createFile(temporary);
			}
			Files.writeString(temporary, serialize(keyset), StandardOpenOption.TRUNCATE_EXISTING);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the encryption keyset " + file, e);
		}
	}
}

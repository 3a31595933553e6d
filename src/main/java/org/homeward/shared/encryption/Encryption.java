package org.homeward.shared.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.stream.Collectors;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.KmsEnvelopeAead;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * Envelope encryption of the most sensitive contents at rest (Google Tink). Each value is encrypted with a fresh
 * data key (AES-256-GCM), and that data key with the node's key-encryption keyset, which comes from a file or an
 * environment variable and never from the database. A keyset may hold several keys: the primary encrypts, every key
 * still in it decrypts, so old values stay readable after a rotation until {@link Resealing} has re-encrypted them.
 *
 * <p>Every value is bound to where it belongs (its associated data, e.g. {@code case_note.text:<id>}), so that a
 * value copied into another row or column does not decrypt there.
 */
public class Encryption {

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Tink's AEAD primitives are unavailable", e);
		}
	}

	private volatile KeysetHandle keyset;
	private volatile Aead envelope;

	public Encryption(KeysetHandle keyset) {
		use(keyset);
	}

	/** Takes a new keyset, e.g. after a rotation, for the values written from now on. */
	public final synchronized void use(KeysetHandle keyset) {
		try {
			Aead keyEncryption = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.envelope = KmsEnvelopeAead.create(PredefinedAeadParameters.AES256_GCM, keyEncryption);
			this.keyset = keyset;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The encryption keyset holds no usable AEAD key", e);
		}
	}

	/** Encrypts a value for the place named by {@code context}; the key's id says which key sealed it. */
	public Sealed seal(byte[] clear, String context) {
		try {
			byte[] sealed = envelope.encrypt(clear, context.getBytes(StandardCharsets.UTF_8));
			return new Sealed(sealed, keyIdOf(sealed));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not encrypt", e);
		}
	}

	public Sealed sealText(String clear, String context) {
		return seal(clear.getBytes(StandardCharsets.UTF_8), context);
	}

	/** Decrypts a value sealed for {@code context}; fails if it was sealed elsewhere, changed, or its key is gone. */
	public byte[] open(byte[] sealed, String context) {
		try {
			return envelope.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Could not decrypt a value sealed for " + context.split(":")[0], e);
		}
	}

	public String openText(byte[] sealed, String context) {
		return new String(open(sealed, context), StandardCharsets.UTF_8);
	}

	/** The keyset in use, for a rotation: add a key to it and {@link #use} the result. */
	public KeysetHandle keyset() {
		return keyset;
	}

	/** The id of the key that seals new values; rows sealed with another key are due for re-encryption. */
	public int primaryKeyId() {
		return keyset.getPrimary().getId();
	}

	/**
	 * What identifies the keyset without revealing it: its key ids, the primary first, and their status. Written into
	 * backups, so that a restore knows which keyset it needs.
	 */
	public String keysetReference() {
		KeysetHandle handle = keyset;
		String keys = java.util.stream.IntStream.range(0, handle.size()).mapToObj(handle::getAt)
				.map(entry -> Integer.toUnsignedString(entry.getId()) + (entry.isPrimary() ? "*" : "") + ":"
						+ entry.getStatus())
				.collect(Collectors.joining(","));
		return "tink-aead-keyset[" + keys + "]";
	}

	/**
	 * The id of the key-encryption key that sealed a value: Tink's envelope starts with the length of the encrypted
	 * data key, which starts with Tink's output prefix (one version byte, then the key id).
	 */
	public static int keyIdOf(byte[] sealed) {
		return ByteBuffer.wrap(sealed, 5, 4).getInt();
	}

	/** An encrypted value and the id of the key that encrypted it. */
	public record Sealed(byte[] bytes, int keyId) {
	}
}

package org.homeward.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.shared.encryption.Encryption;
import org.homeward.shared.encryption.Resealable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each user's second factors in PostgreSQL: the authenticator app's secret (encrypted), recovery codes (hashed) and
 * passkeys (Spring Security's WebAuthn tables).
 */
@Repository
public class SecondFactorStore implements Resealable {

	private final JdbcClient jdbc;
	private final Encryption encryption;

	SecondFactorStore(JdbcClient jdbc, Encryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	private static String secretContext(UUID userId) {
		return "totp_authenticator.secret:" + userId;
	}

	/** What the user has enrolled. */
	public record Enrolment(boolean authenticatorApp, int passkeys, int recoveryCodesLeft) {

		public boolean any() {
			return authenticatorApp || passkeys > 0;
		}
	}

	public Enrolment enrolment(UUID userId, String username) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM totp_authenticator WHERE user_id = :id) AS app,
				  (SELECT count(*) FROM user_credentials c JOIN user_entities e ON e.id = c.user_entity_user_id
				   WHERE lower(e.name) = lower(:username)) AS passkeys,
				  (SELECT count(*) FROM recovery_code WHERE user_id = :id AND used_at IS NULL) AS codes""")
				.param("id", userId).param("username", username)
				.query((rs, n) -> new Enrolment(rs.getBoolean("app"), rs.getInt("passkeys"), rs.getInt("codes")))
				.single();
	}

	public void saveAuthenticatorApp(UUID userId, String secret, long confirmedStep) {
		Encryption.Sealed sealed = encryption.sealText(secret, secretContext(userId));
		jdbc.sql("""
				INSERT INTO totp_authenticator (user_id, secret_sealed, sealed_key, last_used_step) VALUES (?, ?, ?, ?)
				ON CONFLICT (user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed,
				  sealed_key = excluded.sealed_key, last_used_step = excluded.last_used_step, enrolled_at = now()""")
				.params(userId, sealed.bytes(), sealed.keyId(), confirmedStep).update();
	}

	public Optional<AuthenticatorApp> authenticatorApp(UUID userId) {
		return jdbc.sql("SELECT secret_sealed, last_used_step FROM totp_authenticator WHERE user_id = ?").param(userId)
				.query((rs, n) -> new AuthenticatorApp(encryption.openText(rs.getBytes(1), secretContext(userId)),
						rs.getLong(2)))
				.optional();
	}

	/** Marks a time step used, unless it or a later one was used already: a code is accepted once. */
	public boolean useStep(UUID userId, long step) {
		return jdbc.sql("UPDATE totp_authenticator SET last_used_step = ? WHERE user_id = ? AND last_used_step < ?")
				.params(step, userId, step).update() == 1;
	}

	/** Replaces the user's recovery codes by these. */
	public void replaceRecoveryCodes(UUID userId, List<String> codes) {
		jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
		for (String code : codes) {
			jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (?, ?)").params(userId, hash(code)).update();
		}
	}

	/** Uses up a recovery code; false if it is not one of the user's or was used before. */
	public boolean useRecoveryCode(UUID userId, String code) {
		return jdbc.sql("UPDATE recovery_code SET used_at = now() WHERE user_id = ? AND code_hash = ? AND used_at IS NULL")
				.params(userId, hash(code)).update() == 1;
	}

	/** Removes every second factor of the user: authenticator app, recovery codes and passkeys. */
	public void removeAll(UUID userId, String username) {
		jdbc.sql("DELETE FROM totp_authenticator WHERE user_id = ?").param(userId).update();
		jdbc.sql("DELETE FROM recovery_code WHERE user_id = ?").param(userId).update();
		jdbc.sql("""
				DELETE FROM user_credentials WHERE user_entity_user_id IN
				  (SELECT id FROM user_entities WHERE lower(name) = lower(?))""").param(username).update();
	}

	public void removeAuthenticatorApp(UUID userId) {
		jdbc.sql("DELETE FROM totp_authenticator WHERE user_id = ?").param(userId).update();
	}

	/** Recovery codes are normalised (lower case, no spaces or dashes) before hashing, so they can be typed loosely. */
	static String hash(String code) {
		String normalised = code.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public record AuthenticatorApp(String secret, long lastUsedStep) {
	}

	@Override
	public String name() {
		return "authenticator-app secrets";
	}

	@Override
	public long remaining(Encryption encryption) {
		return jdbc.sql("SELECT count(*) FROM totp_authenticator WHERE sealed_key <> ?").param(encryption.primaryKeyId())
				.query(Long.class).single();
	}

	@Override
	public int resealBatch(Encryption encryption, int limit) {
		List<UUID> due = jdbc.sql("""
				SELECT user_id FROM totp_authenticator WHERE sealed_key <> ? LIMIT ? FOR UPDATE SKIP LOCKED""")
				.params(encryption.primaryKeyId(), limit).query(UUID.class).list();
		for (UUID userId : due) {
			byte[] sealed = jdbc.sql("SELECT secret_sealed FROM totp_authenticator WHERE user_id = ?").param(userId)
					.query(byte[].class).single();
			Encryption.Sealed resealed = encryption.seal(encryption.open(sealed, secretContext(userId)),
					secretContext(userId));
			jdbc.sql("UPDATE totp_authenticator SET secret_sealed = ?, sealed_key = ? WHERE user_id = ?")
					.params(resealed.bytes(), resealed.keyId(), userId).update();
		}
		return due.size();
	}
}

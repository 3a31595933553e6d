package org.homeward.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.ApiToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens in PostgreSQL, by the SHA-256 of the token; the token itself is never stored. */
@Repository
public class ApiTokenStore {

	private final JdbcClient jdbc;

	ApiTokenStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public ApiToken insert(UUID userId, ApiToken.Kind kind, String name, ApiToken.Scope scope, String token,
			Instant expiresAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO api_token (id, user_id, kind, name, scope, token_hash, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, userId, kind.name(), name, scope.name(), hash(token), Timestamp.from(expiresAt)).update();
		return find(userId, id).orElseThrow();
	}

	public List<ApiToken> ofUser(UUID userId) {
		return jdbc.sql("SELECT * FROM api_token WHERE user_id = ? ORDER BY created_at DESC").param(userId)
				.query(ApiTokenStore::token).list();
	}

	public Optional<ApiToken> find(UUID userId, UUID id) {
		return jdbc.sql("SELECT * FROM api_token WHERE user_id = ? AND id = ?").params(userId, id)
				.query(ApiTokenStore::token).optional();
	}

	/** The token with this secret and its owner's id, if it exists (usable or not). */
	public Optional<Owned> byToken(String token) {
		return jdbc.sql("SELECT * FROM api_token WHERE token_hash = ?").param(hash(token))
				.query((rs, n) -> new Owned(token(rs, n), rs.getObject("user_id", UUID.class))).optional();
	}

	public boolean revoke(UUID userId, UUID id) {
		return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = ? AND id = ? AND revoked_at IS NULL")
				.params(userId, id).update() == 1;
	}

	/** An administrator's reset or a deactivation: every token of the user stops at once. */
	public void revokeAll(UUID userId) {
		jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL").param(userId)
				.update();
	}

	public void used(UUID id) {
		jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE id = ?").param(id).update();
	}

	private static ApiToken token(ResultSet rs, int n) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), ApiToken.Kind.valueOf(rs.getString("kind")),
				rs.getString("name"), ApiToken.Scope.valueOf(rs.getString("scope")),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	public record Owned(ApiToken token, UUID userId) {
	}
}

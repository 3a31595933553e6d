package org.homeward.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Homeward keeps its data. With no {@code url} Homeward starts its own PostgreSQL under {@code dataDir};
 * with a {@code url} (environment {@code HOMEWARD_DB_URL}, {@code HOMEWARD_DB_USER}, {@code HOMEWARD_DB_PASSWORD})
 * it uses that server instead. Migrations run as the owner ({@code ownerUser}, defaulting to {@code user}); the
 * application itself connects as {@code user}, which may be a less privileged role.
 *
 * @param url JDBC URL of an external PostgreSQL; blank for the embedded one
 * @param user role the application connects as
 * @param password password of {@code user}
 * @param ownerUser role that owns the schema and runs migrations; blank for {@code user}
 * @param ownerPassword password of {@code ownerUser}
 * @param dataDir directory of the embedded server's data, kept across restarts
 * @param ephemeral whether the embedded server's data are thrown away at shutdown (tests only)
 * @param poolSize maximum connections of the application's pool
 */
@ConfigurationProperties("homeward.db")
public record DatabaseSettings(
		String url,
		String user,
		String password,
		String ownerUser,
		String ownerPassword,
		@DefaultValue("./data/postgres") Path dataDir,
		@DefaultValue("false") boolean ephemeral,
		@DefaultValue("10") int poolSize) {

	/** Name of the role the application uses on the embedded server: it may append to the audit trail, never rewrite it. */
	static final String EMBEDDED_APP_ROLE = "homeward_app";

	boolean external() {
		return url != null && !url.isBlank();
	}
}

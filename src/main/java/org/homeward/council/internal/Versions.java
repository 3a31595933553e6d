package org.homeward.council.internal;

import java.util.UUID;

import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The optimistic check every versioned edit of the Council makes: an update that matched no row is stale. */
final class Versions {

	private Versions() {
	}

	/** Throws {@link StaleVersion} (or not found) when a versioned update changed nothing. */
	static void requireUpdated(int updated, JdbcClient jdbc, String table, UUID id, int attempted,
			String recordType) {
		if (updated > 0) {
			return;
		}
		int current = jdbc.sql("SELECT version FROM " + table + " WHERE id = ?").param(id).query(Integer.class)
				.optional().orElseThrow(() -> new RecordNotFound(recordType));
		throw new StaleVersion(recordType, attempted, current);
	}
}

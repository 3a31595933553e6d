package org.homeward.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Record names read by one query a type, each selecting {@code id} and {@code name} for the records whose ids are in
 * {@code :ids}; {@code :lang} is the reader's language ("en", "ru", "uz"), for names kept in several.
 */
public abstract class RecordNamesBySql implements RecordNames {

	private final JdbcClient jdbc;
	private final Map<String, String> queries;

	protected RecordNamesBySql(JdbcClient jdbc, Map<String, String> queries) {
		this.jdbc = jdbc;
		this.queries = Map.copyOf(queries);
	}

	@Override
	public Set<String> types() {
		return queries.keySet();
	}

	@Override
	public Map<String, String> names(String type, Collection<String> ids, Locale locale) {
		Map<String, String> names = new HashMap<>();
		List<UUID> uuids = ids.stream().map(RecordNamesBySql::uuid).filter(Objects::nonNull).toList();
		String sql = queries.get(type);
		if (sql == null || uuids.isEmpty()) {
			return names;
		}
		jdbc.sql(sql).param("ids", uuids).param("lang", locale.getLanguage())
				.query((java.sql.ResultSet rs) -> {
					names.put(rs.getString("id"), rs.getString("name"));
				});
		return names;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notOne) {
			return null;
		}
	}
}

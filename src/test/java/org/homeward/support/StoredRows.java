package org.homeward.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is stored, table by table, to tell whether a request changed anything: the number of rows of each table and
 * the newest transaction that wrote one of them (PostgreSQL's {@code xmin}), so that an insert, an update and a
 * delete all show. The audit trail (its entries and the seals that chain them, written by the sealing step in the
 * background), the sessions, the event publications and the scheduled jobs' locks are left out: a refused request may
 * still be audited, and neither a session nor a job's lock is a record.
 */
public final class StoredRows {

	/**
	 * Tables written in the background rather than by the request under test: the audit trail and its seals, the
	 * sessions, the scheduled jobs' locks, and the indicators' summary tables that their scheduled refresh rewrites.
	 */
	private static final Set<String> LEFT_OUT = Set.of("audit_entry", "spring_session", "spring_session_attributes",
			"event_publication", "flyway_schema_history", "audit_seal", "shedlock", "reporting_series",
			"reporting_figure", "reporting_refresh");

	private final JdbcClient jdbc;
	private final String query;

	public StoredRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		List<String> tables = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")
				.query(String.class).list().stream().filter(table -> !LEFT_OUT.contains(table)).toList();
		this.query = tables.stream()
				.map(table -> "SELECT '%1$s' AS t, count(*) AS n, coalesce(max(xmin::text::bigint), 0) AS x FROM %1$s"
						.formatted(table))
				.collect(Collectors.joining(" UNION ALL "));
	}

	/**
	 * What is stored once the work that earlier requests set off in the background is done (a case opened makes its
	 * assessments due a moment later): waits, a few seconds at most, for the events of the last minute to be handled.
	 */
	public Map<String, String> settled() {
		for (int tries = 0; tries < 50 && jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE completion_date IS NULL AND publication_date > now() - interval '1 minute'""")
				.query(Long.class).single() > 0; tries++) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return snapshot();
	}

	/** Each table with its row count and newest writer. */
	public Map<String, String> snapshot() {
		Map<String, String> rows = new LinkedHashMap<>();
		jdbc.sql(query).query((rs, n) -> rows.put(rs.getString("t"), rs.getLong("n") + " rows, last written by "
				+ rs.getLong("x"))).list();
		return rows;
	}

	/** The tables that differ between two snapshots, with both states, or nothing when none does. */
	public static String changes(Map<String, String> before, Map<String, String> after) {
		return before.keySet().stream().filter(table -> !Objects.equals(before.get(table), after.get(table)))
				.map(table -> table + ": " + before.get(table) + " -> " + after.get(table))
				.collect(Collectors.joining("; "));
	}
}

package org.homeward.imports.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.imports.FileEncoding;
import org.homeward.imports.ImportMode;
import org.homeward.imports.ImportProblem;
import org.homeward.imports.ImportStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Imports, their files until run, and their per-row reports, in PostgreSQL. */
@Repository
public class ImportJobs {

	/** The most problems kept per import: a file of 100,000 bad rows is reported by its first ones and a count. */
	public static final int MAX_PROBLEMS_KEPT = 5000;

	public record Job(UUID id, String createdBy, UUID organizationId, Instant createdAt, Spreadsheet.Kind fileType,
			FileEncoding encoding, ImportStatus status, ImportMode mode, boolean duplicatesReviewed, String mapping,
			int totalRows, int processedRows, int percentDone, int storedRows, int invalidRows, int duplicateRows, int households, int cases,
			int problemCount, String failure, Instant finishedAt) {
	}

	/** Counts of a running or finished import. */
	public record Counts(int totalRows, int processedRows, int percentDone, int storedRows, int invalidRows, int duplicateRows,
			int households, int cases, int problemCount) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	ImportJobs(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public UUID insert(String createdBy, UUID organizationId, Spreadsheet.Kind kind, FileEncoding encoding,
			byte[] content) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO import_job (id, created_by, organization_id, file_type, encoding, content, status)
				VALUES (?, ?, ?, ?, ?, ?, 'UPLOADED')""")
				.params(id, createdBy, organizationId, kind.name(), encoding.name(), content).update();
		return id;
	}

	public Optional<Job> find(UUID id) {
		return jdbc.sql("SELECT * FROM import_job WHERE id = ?").param(id).query((rs, n) -> new Job(
				rs.getObject("id", UUID.class), rs.getString("created_by"), rs.getObject("organization_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), Spreadsheet.Kind.valueOf(rs.getString("file_type")),
				FileEncoding.valueOf(rs.getString("encoding")), ImportStatus.valueOf(rs.getString("status")),
				rs.getString("mode") == null ? null : ImportMode.valueOf(rs.getString("mode")), rs.getBoolean("duplicates_reviewed"),
				rs.getString("mapping"),
				rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("percent_done"), rs.getInt("stored_rows"),
				rs.getInt("invalid_rows"), rs.getInt("duplicate_rows"), rs.getInt("households"), rs.getInt("cases"),
				rs.getInt("problem_count"), rs.getString("failure"),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
				.optional();
	}

	public List<Job> newestOf(String createdBy, int limit) {
		return jdbc.sql("SELECT id FROM import_job WHERE created_by = ? ORDER BY created_at DESC LIMIT ?")
				.params(createdBy, limit).query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
	}

	public byte[] content(UUID id) {
		return jdbc.sql("SELECT content FROM import_job WHERE id = ?").param(id).query(byte[].class).optional()
				.orElse(null);
	}

	public void saveMapping(UUID id, String mapping) {
		jdbc.sql("UPDATE import_job SET mapping = ? WHERE id = ?").params(mapping, id).update();
	}

	/** Queues a run, unless one is queued or running already; false when it was. */
	public boolean queue(UUID id, ImportMode mode, boolean duplicatesReviewed) {
		return jdbc.sql("""
				UPDATE import_job SET status = 'QUEUED', mode = ?, duplicates_reviewed = ?, total_rows = 0, processed_rows = 0, percent_done = 0, stored_rows = 0,
				  invalid_rows = 0, duplicate_rows = 0, households = 0, cases = 0, problem_count = 0, failure = NULL,
				  finished_at = NULL
				WHERE id = ? AND status IN ('UPLOADED', 'CHECKED', 'REFUSED', 'FAILED') AND content IS NOT NULL""")
				.params(mode.name(), duplicatesReviewed, id).update() == 1;
	}

	public void clearProblems(UUID id) {
		jdbc.sql("DELETE FROM import_problem WHERE job_id = ?").param(id).update();
	}

	public void progress(UUID id, ImportStatus status, Counts counts) {
		jdbc.sql("""
				UPDATE import_job SET status = ?, total_rows = ?, processed_rows = ?, percent_done = ?, stored_rows = ?, invalid_rows = ?,
				  duplicate_rows = ?, households = ?, cases = ?, problem_count = ? WHERE id = ?""")
				.params(status.name(), counts.totalRows(), counts.processedRows(), counts.percentDone(), counts.storedRows(),
						counts.invalidRows(), counts.duplicateRows(), counts.households(), counts.cases(),
						counts.problemCount(), id)
				.update();
	}

	/** Ends a run; once stored, the file itself is dropped: what stays is the report. */
	public void finish(UUID id, ImportStatus status, Counts counts, String failure) {
		progress(id, status, counts);
		jdbc.sql("UPDATE import_job SET failure = ?, finished_at = now()"
				+ (status == ImportStatus.DONE ? ", content = NULL" : "") + " WHERE id = ?").params(failure, id)
				.update();
	}

	public void addProblems(UUID id, List<ImportProblem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		batch.batchUpdate("""
				INSERT INTO import_problem (job_id, row_number, column_name, kind, message_key, argument)
				VALUES (?, ?, ?, ?, ?, ?)""", problems, 500, (ps, p) -> {
			ps.setObject(1, id);
			ps.setInt(2, p.row());
			ps.setString(3, p.column());
			ps.setString(4, p.kind().name());
			ps.setString(5, p.messageKey());
			ps.setString(6, p.argument());
		});
	}

	public List<ImportProblem> problems(UUID id, int limit) {
		return jdbc.sql("""
				SELECT * FROM import_problem WHERE job_id = ? ORDER BY row_number, kind, column_name LIMIT ?""")
				.params(id, limit)
				.query((rs, n) -> new ImportProblem(rs.getInt("row_number"), rs.getString("column_name"),
						ImportProblem.Kind.valueOf(rs.getString("kind")), rs.getString("message_key"),
						rs.getString("argument")))
				.list();
	}

	// --- saved mappings ---

	public record SavedMapping(UUID id, String name, String owner, String mapping) {
	}

	public void saveNamedMapping(String name, String owner, UUID organizationId, String mapping) {
		jdbc.sql("""
				INSERT INTO import_mapping (id, name, owner, organization_id, mapping) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (owner, name) DO UPDATE SET mapping = EXCLUDED.mapping""")
				.params(UUID.randomUUID(), name, owner, organizationId, mapping).update();
	}

	/** The user's own mappings and those saved by others of their organisation, by name. */
	public List<SavedMapping> mappingsFor(String owner, UUID organizationId) {
		return jdbc.sql("""
				SELECT * FROM import_mapping WHERE owner = ? OR (organization_id IS NOT NULL AND organization_id = ?)
				ORDER BY name, owner""").params(owner, organizationId)
				.query((rs, n) -> new SavedMapping(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("owner"), rs.getString("mapping")))
				.list();
	}
}

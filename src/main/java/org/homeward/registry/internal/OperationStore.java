package org.homeward.registry.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.registry.OperationDetails;
import org.homeward.registry.RepatriationOperation;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Repatriation operations in PostgreSQL. */
@Repository
public class OperationStore {

	static final String RECORD_TYPE = "OPERATION";
	private static final String SELECT = """
			SELECT o.*, (SELECT count(*) FROM person p WHERE p.operation_id = o.id) AS person_count
			FROM repatriation_operation o""";

	private final JdbcClient jdbc;

	OperationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RepatriationOperation> all() {
		return jdbc.sql(SELECT + " ORDER BY o.operation_date DESC, o.name").query(OperationStore::operation).list();
	}

	public Optional<RepatriationOperation> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(OperationStore::operation).optional();
	}

	public boolean exists(UUID id) {
		return jdbc.sql("SELECT count(*) FROM repatriation_operation WHERE id = ?").param(id).query(Long.class)
				.single() > 0;
	}

	public UUID insert(OperationDetails o, String actor) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO repatriation_operation (id, name, operation_date, origin_country, origin_facility, notes,
					  updated_by)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
					.params(id, o.name().strip(), o.operationDate(), o.originCountry(), blankToNull(o.originFacility()),
							blankToNull(o.notes()), actor)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("operation.name.taken");
		}
		return id;
	}

	public void update(UUID id, int version, OperationDetails o, String actor) {
		int updated;
		try {
			updated = jdbc.sql("""
					UPDATE repatriation_operation SET name = ?, operation_date = ?, origin_country = ?,
					  origin_facility = ?, notes = ?, version = version + 1, updated_at = now(), updated_by = ?
					WHERE id = ? AND version = ?""")
					.params(o.name().strip(), o.operationDate(), o.originCountry(), blankToNull(o.originFacility()),
							blankToNull(o.notes()), actor, id, version)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("operation.name.taken");
		}
		if (updated == 0) {
			int current = jdbc.sql("SELECT version FROM repatriation_operation WHERE id = ?").param(id)
					.query(Integer.class).optional().orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
			throw new StaleVersion(RECORD_TYPE, version, current);
		}
	}

	private static RepatriationOperation operation(ResultSet rs, int n) throws SQLException {
		return new RepatriationOperation(rs.getObject("id", UUID.class), rs.getInt("version"),
				new OperationDetails(rs.getString("name"), rs.getObject("operation_date", LocalDate.class),
						rs.getString("origin_country"), rs.getString("origin_facility"), rs.getString("notes")),
				rs.getLong("person_count"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

}

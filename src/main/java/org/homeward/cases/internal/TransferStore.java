package org.homeward.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.CaseTransfer;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case transfers in PostgreSQL. */
@Repository
public class TransferStore {

	private final JdbcClient jdbc;

	TransferStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(UUID caseId, UUID fromRegion, UUID fromOrganization, UUID toRegion, UUID toOrganization,
			String reason, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO case_transfer (id, case_id, from_region_id, from_organization_id, to_region_id,
				  to_organization_id, reason, status, requested_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?)""")
				.params(id, caseId, fromRegion, fromOrganization, toRegion, toOrganization, reason, actor).update();
		return id;
	}

	public Optional<CaseTransfer> find(UUID id) {
		return jdbc.sql("SELECT * FROM case_transfer WHERE id = ?").param(id).query(TransferStore::transfer).optional();
	}

	public List<CaseTransfer> ofCase(UUID caseId) {
		return jdbc.sql("SELECT * FROM case_transfer WHERE case_id = ? ORDER BY requested_at DESC").param(caseId)
				.query(TransferStore::transfer).list();
	}

	public Optional<CaseTransfer> pendingOf(UUID caseId) {
		return jdbc.sql("SELECT * FROM case_transfer WHERE case_id = ? AND status = 'REQUESTED'").param(caseId)
				.query(TransferStore::transfer).optional();
	}

	/** Transfers waiting for a decision into a region, or into any region for a national coordinator. */
	/** How many transfers into a region (or any, without one) wait for a decision. */
	public long countPendingInto(UUID regionId) {
		return jdbc.sql("SELECT count(*) FROM case_transfer WHERE status = 'REQUESTED'"
				+ (regionId == null ? "" : " AND to_region_id = :region"))
				.params(regionId == null ? java.util.Map.of() : java.util.Map.of("region", regionId))
				.query(Long.class).single();
	}

	public List<CaseTransfer> pendingInto(UUID regionId) {
		return jdbc.sql("SELECT * FROM case_transfer WHERE status = 'REQUESTED'"
				+ (regionId == null ? "" : " AND to_region_id = :region") + " ORDER BY requested_at")
				.params(regionId == null ? java.util.Map.of() : java.util.Map.of("region", regionId))
				.query(TransferStore::transfer).list();
	}

	public void decide(UUID id, int version, CaseTransfer.Status status, String reason, String actor) {
		int updated = jdbc.sql("""
				UPDATE case_transfer SET status = ?, decision_reason = ?, decided_by = ?, decided_at = now(),
				  version = version + 1
				WHERE id = ? AND version = ? AND status = 'REQUESTED'""")
				.params(status.name(), reason, actor, id, version).update();
		if (updated == 0) {
			int current = find(id).orElseThrow(() -> new RecordNotFound("TRANSFER")).version();
			throw new StaleVersion("TRANSFER", version, current);
		}
	}

	private static CaseTransfer transfer(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new CaseTransfer(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("case_id", UUID.class),
				rs.getObject("from_region_id", UUID.class), rs.getObject("from_organization_id", UUID.class),
				rs.getObject("to_region_id", UUID.class), rs.getObject("to_organization_id", UUID.class),
				rs.getString("reason"), CaseTransfer.Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
				decided == null ? null : decided.toInstant(), rs.getString("decision_reason"));
	}
}

package org.homeward.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditChain;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditFilter;
import org.homeward.shared.PageOf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail in PostgreSQL, where the application's role may insert and select, nothing else. */
@Repository
public class AuditStore {

	/** Serialises appends, so that each entry links to the one committed before it. */
	private static final long CHAIN_LOCK = 0x486f6d6577617264L; // "Homeward"

	private static final RowMapper<AuditEntry> ENTRY = AuditStore::entry;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	AuditStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Appends one entry per record id, chained in order. Must run inside a transaction. */
	public void append(Actor actor, AuditAction action, String recordType, List<String> recordIds, String detail,
			String clientAddress, Instant when) {
		jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		String previous = jdbc.sql("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
				.query(String.class).optional().orElse(AuditChain.GENESIS);
		Instant occurredAt = AuditChain.storable(when);
		List<Object[]> rows = new ArrayList<>(recordIds.size());
		for (String recordId : recordIds) {
			long id = jdbc.sql("SELECT nextval('audit_entry_id_seq')").query(Long.class).single();
			var unsigned = new AuditEntry(id, occurredAt, actor.username(), actor.roles(), actor.organizationId(),
					action, recordType, recordId.isEmpty() ? null : recordId, clientAddress, detail, previous, null);
			String hash = AuditChain.hashOf(unsigned);
			rows.add(new Object[] { id, Timestamp.from(occurredAt), actor.username(), actor.roles(),
					actor.organizationId(), action.name(), recordType, unsigned.recordId(), clientAddress, detail,
					previous, hash });
			previous = hash;
		}
		template.batchUpdate("""
				INSERT INTO audit_entry (id, occurred_at, actor, actor_roles, organization_id, action, record_type,
				  record_id, client_address, detail, previous_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	public List<AuditEntry> entriesFor(String recordType, String recordId, Collection<AuditAction> actions, int limit) {
		return jdbc.sql("""
				SELECT * FROM audit_entry WHERE record_type = :type AND record_id = :id AND action IN (:actions)
				ORDER BY id DESC LIMIT :limit""")
				.param("type", recordType).param("id", recordId)
				.param("actions", actions.stream().map(Enum::name).toList())
				.param("limit", limit)
				.query(ENTRY).list();
	}

	public PageOf<AuditEntry> search(AuditFilter filter, PageOf.Request page, ZoneId zone) {
		var params = new java.util.HashMap<String, Object>();
		String where = where(filter, zone, params);
		long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
				.params(params).query(ENTRY).list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/** The newest entries the filter finds, at most {@code limit} of them: for an export. */
	public List<AuditEntry> newest(AuditFilter filter, int limit, ZoneId zone) {
		var params = new java.util.HashMap<String, Object>();
		String where = where(filter, zone, params);
		params.put("limit", limit);
		return jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY id DESC LIMIT :limit").params(params)
				.query(ENTRY).list();
	}

	private static String where(AuditFilter filter, ZoneId zone, Map<String, Object> params) {
		var where = new StringBuilder(" WHERE true");
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" AND lower(actor) = lower(:actor)");
			params.put("actor", filter.actor().strip());
		}
		if (filter.action() != null) {
			where.append(" AND action = :action");
			params.put("action", filter.action().name());
		}
		if (filter.recordType() != null && !filter.recordType().isBlank()) {
			where.append(" AND record_type = :recordType");
			params.put("recordType", filter.recordType().strip());
		}
		if (filter.recordIds() != null) {
			where.append(filter.recordIds().isEmpty() ? " AND false" : " AND record_id IN (:recordIds)");
			params.put("recordIds", List.copyOf(filter.recordIds()));
		}
		if (filter.from() != null) {
			where.append(" AND occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		return where.toString();
	}

	/** Walks the whole trail in the order it was written, a few thousand rows at a time. */
	public AuditChain.Verification verifyChain() {
		return AuditChain.verify(() -> new Iterator<>() {
			private static final int BATCH = 5000;
			private List<AuditEntry> batch = List.of();
			private int index;
			private long lastId = -1;
			private boolean exhausted;

			@Override
			public boolean hasNext() {
				if (index < batch.size()) {
					return true;
				}
				if (exhausted) {
					return false;
				}
				batch = jdbc.sql("SELECT * FROM audit_entry WHERE id > ? ORDER BY id LIMIT ?")
						.params(lastId, BATCH).query(ENTRY).list();
				index = 0;
				exhausted = batch.size() < BATCH;
				return !batch.isEmpty();
			}

			@Override
			public AuditEntry next() {
				AuditEntry entry = batch.get(index++);
				lastId = entry.id();
				return entry;
			}
		});
	}

	private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("actor_roles"), rs.getObject("organization_id", UUID.class),
				AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
				rs.getString("client_address"), rs.getString("detail"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}
}

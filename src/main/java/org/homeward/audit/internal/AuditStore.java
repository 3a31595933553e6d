package org.homeward.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditChain;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditFilter;
import org.homeward.shared.PageOf;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail in PostgreSQL, where the application's role may insert and select, nothing else. */
@Repository
public class AuditStore {

	private static final RowMapper<AuditEntry> ENTRY = AuditStore::entry;

	private final JdbcClient jdbc;

	AuditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends the entries of one transaction in one statement, without a lock: the ids come from the sequence in
	 * the same statement, and the entries are chained later by {@link AuditSealing}. Must run inside the
	 * transaction whose reads or changes the entries record.
	 */
	public void append(List<PendingEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		int n = entries.size();
		String[] occurred = new String[n], actor = new String[n], roles = new String[n], organization = new String[n],
				action = new String[n], type = new String[n], record = new String[n], address = new String[n],
				detail = new String[n];
		for (int i = 0; i < n; i++) {
			PendingEntry e = entries.get(i);
			occurred[i] = AuditChain.storable(e.occurredAt()).toString();
			actor[i] = e.actor().username();
			roles[i] = e.actor().roles();
			organization[i] = e.actor().organizationId() == null ? null : e.actor().organizationId().toString();
			action[i] = e.action().name();
			type[i] = e.recordType();
			record[i] = e.recordId();
			address[i] = e.clientAddress();
			detail[i] = e.detail();
		}
		jdbc.sql("""
				INSERT INTO audit_entry (id, occurred_at, actor, actor_roles, organization_id, action, record_type,
				  record_id, client_address, detail)
				SELECT nextval('audit_entry_id_seq'), e.occurred::timestamptz, e.actor, e.roles, e.organization::uuid,
				  e.action, e.type, e.record, e.address, e.detail
				FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
				  ?::text[]) WITH ORDINALITY AS e(occurred, actor, roles, organization, action, type, record, address,
				  detail, n)
				ORDER BY e.n""")
				.params(occurred, actor, roles, organization, action, type, record, address, detail).update();
	}

	/** An entry not yet written: what {@link #append} needs. */
	public record PendingEntry(Actor actor, AuditAction action, String recordType, String recordId, String detail,
			String clientAddress, Instant occurredAt) {
	}

	/** The newest entry of the chain (every entry is chained as it is appended). */
	public java.util.Optional<org.homeward.audit.AuditTrail.SealedEntry> latestSealed() {
		return jdbc.sql("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
				.query((rs, n) -> new org.homeward.audit.AuditTrail.SealedEntry(rs.getLong(1), rs.getString(2)))
				.optional();
	}

	public java.util.Optional<String> sealedHash(long id) {
		return jdbc.sql("SELECT hash FROM audit_entry WHERE id = ?").param(id).query(String.class).optional();
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
		// Millions of entries: counted only so far, so that the auditor's page never counts the whole trail.
		params.put("countLimit", PageOf.COUNT_LIMIT + 1);
		long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM audit_entry" + where + " LIMIT :countLimit) c")
				.params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<AuditEntry> items = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
				.params(params).query(ENTRY).list();
		return PageOf.counted(items, page, counted, PageOf.COUNT_LIMIT);
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

	static AuditEntry entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("actor_roles"), rs.getObject("organization_id", UUID.class),
				AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"), rs.getString("record_id"),
				rs.getString("client_address"), rs.getString("detail"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}
}

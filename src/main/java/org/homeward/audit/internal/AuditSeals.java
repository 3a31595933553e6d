package org.homeward.audit.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.homeward.audit.AuditChain;
import org.homeward.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The chain of the audit trail: one seal per entry, in the order the single sealing step chained them. Entries are
 * chained in the order of their writing transaction and then of their id, and only once every transaction that
 * could still add an entry before them has ended, so that nothing is ever inserted into the chain behind a seal.
 */
@Repository
public class AuditSeals {

	/** Taken by whoever seals, so that two sealing steps (two instances, or a verification) never interleave. */
	static final long SEALING_LOCK = org.homeward.audit.AuditTrail.SEALING_LOCK;

	private final JdbcClient jdbc;

	AuditSeals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The last seal of the chain: where the next one links to. */
	public record Head(long position, long entryId, String entryTx, String hash) {

		static final Head GENESIS = new Head(0, -1, "0", AuditChain.GENESIS);
	}

	public Head head() {
		return jdbc.sql("SELECT position, entry_id, entry_tx::text AS tx, hash FROM audit_seal ORDER BY position DESC LIMIT 1")
				.query((rs, n) -> new Head(rs.getLong("position"), rs.getLong("entry_id"), rs.getString("tx"),
						rs.getString("hash")))
				.optional().orElse(Head.GENESIS);
	}

	/** The seal at a position, if the chain is that long. */
	public Optional<Head> at(long position) {
		return jdbc.sql("SELECT position, entry_id, entry_tx::text AS tx, hash FROM audit_seal WHERE position = ?")
				.param(position)
				.query((rs, n) -> new Head(rs.getLong("position"), rs.getLong("entry_id"), rs.getString("tx"),
						rs.getString("hash")))
				.optional();
	}

	/**
	 * Takes the sealing lock for the current transaction; false if another sealing step holds it and
	 * {@code wait} is false.
	 */
	public boolean lock(boolean wait) {
		if (wait) {
			jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SEALING_LOCK).query((rs, n) -> 1).list();
			return true;
		}
		return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(SEALING_LOCK).query(Boolean.class).single();
	}

	/**
	 * Chains up to {@code limit} entries after the head, in one transaction that holds the sealing lock. Only
	 * entries of transactions older than every transaction still running are taken: they are final.
	 *
	 * @return the new head, or the old one when nothing was waiting
	 */
	public Head sealNext(int limit) {
		String horizon = jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single();
		Head head = head();
		List<Waiting> waiting = jdbc.sql("""
				SELECT e.* FROM audit_entry e
				WHERE (e.tx, e.id) > (?::xid8, ?) AND e.tx < ?::xid8
				  AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)
				ORDER BY e.tx, e.id LIMIT ?""")
				.params(head.entryTx(), head.entryId(), horizon, limit)
				.query((rs, n) -> new Waiting(AuditStore.entry(rs, n), rs.getString("tx")))
				.list();
		if (waiting.isEmpty()) {
			return head;
		}
		int n = waiting.size();
		Long[] positions = new Long[n], ids = new Long[n];
		String[] txs = new String[n], previous = new String[n], hashes = new String[n];
		String link = head.hash();
		for (int i = 0; i < n; i++) {
			AuditEntry e = waiting.get(i).entry();
			String hash = AuditChain.hashOf(linkedTo(e, link));
			positions[i] = head.position() + i + 1;
			ids[i] = e.id();
			txs[i] = waiting.get(i).tx();
			previous[i] = link;
			hashes[i] = hash;
			link = hash;
		}
		jdbc.sql("""
				INSERT INTO audit_seal (position, entry_id, entry_tx, previous_hash, hash, sealed_at)
				SELECT s.position, s.entry_id, s.tx::xid8, s.previous, s.hash, ?
				FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) AS s(position, entry_id, tx, previous, hash)""")
				.params(new Timestamp(System.currentTimeMillis()), positions, ids, txs, previous, hashes).update();
		return new Head(positions[n - 1], ids[n - 1], txs[n - 1], link);
	}

	private record Waiting(AuditEntry entry, String tx) {
	}

	/** The entry as it is chained: its content and the hash of the entry before it. */
	static AuditEntry linkedTo(AuditEntry e, String previousHash) {
		return new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorRoles(), e.organizationId(), e.action(),
				e.recordType(), e.recordId(), e.clientAddress(), e.detail(), previousHash, null);
	}

	/** How many entries wait for their seal. */
	public long waiting(Head head) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_entry e WHERE (e.tx, e.id) > (?::xid8, ?)
				  AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)""")
				.params(head.entryTx(), head.entryId()).query(Long.class).single();
	}

	/** Whether the entry has its seal. */
	public boolean sealed(long entryId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_seal WHERE entry_id = ?)").param(entryId)
				.query(Boolean.class).single();
	}
}

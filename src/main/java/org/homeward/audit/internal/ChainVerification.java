package org.homeward.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditChain;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.ChainCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's verification of the whole chain, streamed: the seals in chain order beside the entries in id
 * order (which differ only where a transaction committed late), a few thousand rows at a time, in two halves
 * checked side by side on two connections. Progress is written to {@code audit_verification} every half second,
 * so that the auditor's page shows it from whichever instance serves it. Entries still waiting for their seal
 * are counted, not checked: the verification first seals everything already committed.
 */
@Component
public class ChainVerification {

	private static final Logger log = LoggerFactory.getLogger(ChainVerification.class);
	private static final int FETCH = 10_000;
	/** Below this many entries one connection is quicker than two. */
	private static final long SPLIT_ABOVE = 200_000;

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final AuditSealing sealing;
	private final AuditSeals seals;
	private final AuditStore store;
	private final TransactionTemplate transaction;
	private final int workers;
	private final ExecutorService coordinator = Executors.newSingleThreadExecutor(named("audit-verification"));
	private final ExecutorService halves;

	ChainVerification(DataSource dataSource, JdbcClient jdbc, AuditSealing sealing, AuditSeals seals,
			AuditStore store, PlatformTransactionManager transactions,
			@Value("${homeward.audit.verification-threads:2}") int workers) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.sealing = sealing;
		this.seals = seals;
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
		this.workers = Math.max(1, workers);
		this.halves = Executors.newFixedThreadPool(this.workers, named("audit-verification-part"));
	}

	@PreDestroy
	void stop() {
		coordinator.shutdownNow();
		halves.shutdownNow();
	}

	/** Seals what is waiting, records the start and verifies in the background; the id follows its progress. */
	public UUID start(Actor auditor) {
		AuditSeals.Head head = sealing.sealAll(true);
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO audit_verification (id, started_by, total) VALUES (?, ?, ?)")
				.params(id, auditor.username(), head.position()).update();
		coordinator.submit(() -> run(id, auditor, head));
		return id;
	}

	public Optional<ChainCheck> find(UUID id) {
		return jdbc.sql("SELECT * FROM audit_verification WHERE id = ?").param(id).query((rs, n) -> {
			Instant finished = rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant();
			AuditChain.Verification outcome = null;
			if (finished != null) {
				boolean intact = rs.getBoolean("intact");
				outcome = intact ? new AuditChain.Verification(true, rs.getLong("checked"), null, null)
						: AuditChain.Verification.broken(rs.getLong("checked"), rs.getLong("first_broken"),
								AuditChain.Verification.Problem.valueOf(rs.getString("problem")));
			}
			return new ChainCheck(id, rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
					rs.getLong("total"), rs.getLong("checked"), finished, outcome,
					rs.getObject("pending") == null ? null : rs.getLong("pending"));
		}).optional();
	}

	private void run(UUID id, Actor auditor, AuditSeals.Head head) {
		AtomicLong progress = new AtomicLong();
		AuditChain.Verification outcome;
		try {
			outcome = verify(head, progress, id);
		}
		catch (Exception e) {
			log.error("The verification of the audit chain failed to run", e);
			jdbc.sql("UPDATE audit_verification SET finished_at = now(), intact = false, problem = 'LINK_BROKEN', first_broken = 0 WHERE id = ?")
					.param(id).update();
			return;
		}
		long waiting = seals.waiting(head);
		AuditChain.Verification result = outcome;
		transaction.executeWithoutResult(status -> {
			jdbc.sql("""
					UPDATE audit_verification SET finished_at = now(), checked = ?, intact = ?, first_broken = ?,
					  problem = ?, pending = ? WHERE id = ?""")
					.params(result.entriesChecked(), result.intact(), result.firstBrokenEntry(),
							result.problem() == null ? null : result.problem().name(), waiting, id)
					.update();
			store.append(List.of(new AuditStore.PendingEntry(auditor, AuditAction.VERIFY, "AUDIT_TRAIL", null,
					result.intact() ? "intact" : "broken at " + result.firstBrokenEntry(), null, Instant.now())));
		});
	}

	/** Verifies positions 1 to {@code total}, in parts side by side when the chain is long. */
	AuditChain.Verification verify(AuditSeals.Head head, AtomicLong progress, UUID reportTo) throws Exception {
		long total = head.position();
		if (total == 0) {
			return new AuditChain.Verification(true, 0, null, null);
		}
		int parts = total > SPLIT_ABOVE ? workers : 1;
		long[] starts = new long[parts + 1];
		for (int i = 0; i <= parts; i++) {
			starts[i] = 1 + total * i / parts;
		}
		Future<?>[] running = new Future<?>[parts];
		Part[] results = new Part[parts];
		for (int i = 0; i < parts; i++) {
			int part = i;
			running[i] = halves.submit(() -> {
				results[part] = verifyPart(starts[part], starts[part + 1] - 1, progress);
				return null;
			});
		}
		long lastReport = 0;
		for (Future<?> future : running) {
			while (true) {
				try {
					future.get(500, TimeUnit.MILLISECONDS);
					break;
				}
				catch (java.util.concurrent.TimeoutException notYet) {
					if (reportTo != null && progress.get() != lastReport) {
						lastReport = progress.get();
						jdbc.sql("UPDATE audit_verification SET checked = ? WHERE id = ?").params(lastReport, reportTo)
								.update();
					}
				}
			}
		}
		long checkedBefore = 0;
		for (Part part : results) {
			if (!part.outcome().intact()) {
				AuditChain.Verification broken = part.outcome();
				return AuditChain.Verification.broken(checkedBefore + broken.entriesChecked(),
						broken.firstBrokenEntry(), broken.problem());
			}
			checkedBefore += part.outcome().entriesChecked();
		}
		// Entries a part read that no seal of its own named, and entries between two parts that no part read: if
		// they have no seal although they come before the chain's end, they were written behind the sealing step.
		for (Part part : results) {
			Optional<Long> stray = behindTheSeals(head, part.unsealed().toArray(Long[]::new), -1, -1);
			if (stray.isPresent()) {
				return AuditChain.Verification.broken(checkedBefore, stray.get(), AuditChain.Verification.Problem.LINK_BROKEN);
			}
		}
		for (int i = 0; i + 1 < parts; i++) {
			Optional<Long> stray = behindTheSeals(head, new Long[0], results[i].lastEntryRead(),
					results[i + 1].firstEntryRead());
			if (stray.isPresent()) {
				return AuditChain.Verification.broken(checkedBefore, stray.get(), AuditChain.Verification.Problem.LINK_BROKEN);
			}
		}
		return new AuditChain.Verification(true, checkedBefore, null, null);
	}

	/** An entry without a seal that comes before the head of the chain, among {@code ids} or between two ids. */
	private Optional<Long> behindTheSeals(AuditSeals.Head head, Long[] ids, long after, long before) {
		return jdbc.sql("""
				SELECT e.id FROM audit_entry e
				WHERE (e.id = ANY (?::bigint[]) OR (e.id > ? AND e.id < ?)) AND (e.tx, e.id) < (?::xid8, ?)
				  AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)
				ORDER BY e.id LIMIT 1""")
				.params(ids, after, before, head.entryTx(), head.entryId()).query(Long.class).optional();
	}

	/** The outcome of one part, with the entries it read that no seal of its own named. */
	private record Part(AuditChain.Verification outcome, List<Long> unsealed, long firstEntryRead, long lastEntryRead) {
	}

	private Part verifyPart(long from, long to, AtomicLong progress) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setReadOnly(true);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			try {
				return verifyPart(connection, from, to, progress);
			}
			finally {
				connection.rollback();
				connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
				connection.setReadOnly(false);
				connection.setAutoCommit(true);
			}
		}
	}

	private Part verifyPart(Connection connection, long from, long to, AtomicLong progress) throws SQLException {
		String previous = AuditChain.GENESIS;
		long firstEntry;
		try (PreparedStatement before = connection.prepareStatement(
				"SELECT hash FROM audit_seal WHERE position = ?")) {
			before.setLong(1, from - 1);
			try (ResultSet rs = before.executeQuery()) {
				if (rs.next()) {
					previous = rs.getString(1);
				}
			}
		}
		try (PreparedStatement first = connection.prepareStatement("SELECT entry_id FROM audit_seal WHERE position = ?")) {
			first.setLong(1, from);
			try (ResultSet rs = first.executeQuery()) {
				firstEntry = rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
			}
		}
		var verifier = new AuditChain.Verifier(previous, 0);
		Map<Long, AuditEntry> readAhead = new HashMap<>();
		long lastRead = firstEntry - 1;
		// The seals' snapshot is taken first: every entry a seal names was committed before that seal.
		try (PreparedStatement sealQuery = connection.prepareStatement("""
				SELECT position, entry_id, previous_hash, hash FROM audit_seal WHERE position BETWEEN ? AND ?
				ORDER BY position""");
				PreparedStatement entryQuery = connection.prepareStatement("""
						SELECT id, occurred_at, actor, actor_roles, organization_id, action, record_type, record_id,
						  client_address, detail FROM audit_entry WHERE id >= ? ORDER BY id""");
				PreparedStatement lookUp = connection.prepareStatement("""
						SELECT id, occurred_at, actor, actor_roles, organization_id, action, record_type, record_id,
						  client_address, detail FROM audit_entry WHERE id = ?""")) {
			sealQuery.setFetchSize(FETCH);
			sealQuery.setLong(1, from);
			sealQuery.setLong(2, to);
			entryQuery.setFetchSize(FETCH);
			entryQuery.setLong(1, firstEntry);
			try (ResultSet sealRows = sealQuery.executeQuery(); ResultSet entryRows = entryQuery.executeQuery()) {
				boolean entriesLeft = true;
				long counted = 0;
				while (sealRows.next()) {
					long entryId = sealRows.getLong(2);
					AuditEntry entry = readAhead.remove(entryId);
					while (entry == null && entriesLeft && lastRead < entryId) {
						entriesLeft = entryRows.next();
						if (entriesLeft) {
							AuditEntry read = entry(entryRows);
							lastRead = read.id();
							if (read.id() == entryId) {
								entry = read;
							}
							else {
								readAhead.put(read.id(), read);
							}
						}
					}
					if (entry == null) {
						entry = lookUp(lookUp, entryId); // sealed late, behind the entries already streamed
					}
					if (entry == null) {
						verifier.missing(entryId);
						break;
					}
					AuditEntry chained = new AuditEntry(entry.id(), entry.occurredAt(), entry.actor(),
							entry.actorRoles(), entry.organizationId(), entry.action(), entry.recordType(),
							entry.recordId(), entry.clientAddress(), entry.detail(), sealRows.getString(3),
							sealRows.getString(4));
					if (!verifier.check(chained)) {
						break;
					}
					if (++counted == 1000) {
						progress.addAndGet(counted);
						counted = 0;
					}
				}
				progress.addAndGet(counted);
			}
		}
		return new Part(verifier.outcome(), List.copyOf(readAhead.keySet()), firstEntry, lastRead);
	}

	private static AuditEntry lookUp(PreparedStatement lookUp, long id) throws SQLException {
		lookUp.setLong(1, id);
		try (ResultSet rs = lookUp.executeQuery()) {
			return rs.next() ? entry(rs) : null;
		}
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
				rs.getObject(5, UUID.class), AuditAction.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getString(10), null, null);
	}

	private static java.util.concurrent.ThreadFactory named(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}
}

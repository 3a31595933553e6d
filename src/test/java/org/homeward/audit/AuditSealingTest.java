package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readers append their audit entries without waiting for each other, and a single sealing step chains them
 * afterwards: the chain stays whole when many transactions write at once and commit in any order, an entry is
 * never chained before a transaction that could still write one ahead of it, and the auditor's verification of
 * the chain so sealed finds it intact.
 */
@HomewardTest
class AuditSealingTest {

	private static final Actor READER = new Actor("sealing-test", "CASE_MANAGER", null);

	@Autowired
	AuditTrail trail;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aChainSealedFromManyConcurrentWritersVerifiesIntact() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String detail = "concurrent " + UUID.randomUUID();
		int writers = 8;
		int transactionsEach = 40;
		ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
		AtomicBoolean writing = new AtomicBoolean(true);
		try {
			// The sealing step runs all the time the writers write, as it does in production.
			Future<?> sealer = pool.submit(() -> {
				while (writing.get()) {
					trail.sealNow();
				}
				return null;
			});
			List<Future<?>> running = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				running.add(pool.submit(() -> {
					TransactionTemplate transaction = new TransactionTemplate(transactions);
					for (int t = 0; t < transactionsEach; t++) {
						int entries = 1 + (writer + t) % 4;
						transaction.executeWithoutResult(status -> {
							List<UUID> records = new ArrayList<>();
							for (int e = 0; e < entries; e++) {
								records.add(UUID.randomUUID());
							}
							trail.recordEach(READER, AuditAction.LIST, "PERSON", records, detail);
						});
					}
					return null;
				}));
			}
			for (Future<?> writer : running) {
				writer.get(2, TimeUnit.MINUTES);
			}
			writing.set(false);
			sealer.get(1, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdownNow();
		}
		AuditTrail.Sealed head = trail.sealNow();

		long written = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE detail = ?", Long.class, detail);
		long sealed = jdbc.queryForObject("""
				SELECT count(*) FROM audit_seal s JOIN audit_entry e ON e.id = s.entry_id WHERE e.detail = ?""",
				Long.class, detail);
		assertThat(written).isEqualTo(writers * (long) transactionsEach * 10 / 4);
		assertThat(sealed).isEqualTo(written);
		// One chain without gaps: positions 1 to n, each entry once.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_seal", Long.class)).isEqualTo(head.position());
		assertThat(jdbc.queryForObject("SELECT count(DISTINCT entry_id) FROM audit_seal", Long.class))
				.isEqualTo(head.position());

		ChainCheck check = verifyAsAuditor();
		assertThat(check.outcome().intact()).isTrue();
		assertThat(check.outcome().entriesChecked()).isGreaterThanOrEqualTo(head.position());
	}

	@Test
	void anEntryIsNeverChainedBeforeATransactionThatCouldStillWriteAheadOfIt() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		CountDownLatch earlyHasWritten = new CountDownLatch(1);
		CountDownLatch lateMayCommit = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		UUID earlyRecord = UUID.randomUUID();
		UUID lateRecord = UUID.randomUUID();
		try {
			// The first transaction takes its transaction id first and writes its entry last; it commits last.
			Future<?> early = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				jdbc.queryForObject("SELECT pg_current_xact_id()::text", String.class);
				earlyHasWritten.countDown();
				await(lateMayCommit);
				trail.record(READER, AuditAction.VIEW, "PERSON", earlyRecord, null);
			}));
			await(earlyHasWritten);
			new TransactionTemplate(transactions).executeWithoutResult(
					status -> trail.record(READER, AuditAction.VIEW, "PERSON", lateRecord, null));
			long late = entryOf(jdbc, lateRecord);

			trail.sealNow();
			assertThat(trail.isSealed(late)).as("chained while an older transaction may still write").isFalse();
			assertThat(trail.accessesOf("PERSON", lateRecord, 10)).as("who viewed it, at once").hasSize(1);

			lateMayCommit.countDown();
			early.get(1, TimeUnit.MINUTES);
			long earlier = entryOf(jdbc, earlyRecord);
			assertThat(earlier).as("the entry written last has the larger id").isGreaterThan(late);
			trail.sealNow();

			long earlyPosition = positionOf(jdbc, earlier);
			long latePosition = positionOf(jdbc, late);
			assertThat(earlyPosition).as("chained in the order of the transactions").isLessThan(latePosition);
			assertThat(verifyAsAuditor().outcome().intact()).isTrue();
		}
		finally {
			lateMayCommit.countDown();
			pool.shutdownNow();
		}
	}

	@Test
	void theApplicationRoleCannotChangeOrRemoveASeal() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		trail.record(READER, AuditAction.VIEW, "PERSON", UUID.randomUUID(), null);
		long position = trail.sealNow().position();

		assertThatThrownBy(() -> jdbc.update("UPDATE audit_seal SET hash = repeat('0', 64) WHERE position = ?", position))
				.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_seal WHERE position = ?", position))
				.rootCause().hasMessageContaining("permission denied");
	}

	private ChainCheck verifyAsAuditor() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"auditor", null, List.of(new SimpleGrantedAuthority("ROLE_AUDITOR"))));
		ChainCheck check = trail.verify(new Actor("auditor", "AUDITOR", null), 120_000);
		assertThat(check.finished()).isTrue();
		return check;
	}

	private static long entryOf(JdbcTemplate jdbc, UUID record) {
		return jdbc.queryForObject("SELECT id FROM audit_entry WHERE record_id = ?", Long.class, record.toString());
	}

	private static long positionOf(JdbcTemplate jdbc, long entry) {
		return jdbc.queryForObject("SELECT position FROM audit_seal WHERE entry_id = ?", Long.class, entry);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}

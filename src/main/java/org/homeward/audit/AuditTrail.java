package org.homeward.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.homeward.audit.internal.AuditSealing;
import org.homeward.audit.internal.AuditSeals;
import org.homeward.audit.internal.AuditStore;
import org.homeward.audit.internal.AuditStore.PendingEntry;
import org.homeward.audit.internal.ChainVerification;
import org.homeward.shared.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail and reads it back. Entries are written in the caller's transaction: a change and
 * its entry are saved together or not at all, and a read whose entry cannot be written fails. A transaction's
 * entries are written together, in one statement just before it commits, and without any lock: readers never
 * wait for each other. The hash chain is added afterwards by a single sealing step, within about a second; an
 * entry is readable ("who viewed this") as soon as its transaction has committed, sealed or not.
 */
@Service
public class AuditTrail {

	/** Actions that show a record's content to someone, for "who viewed this record". */
	private static final Set<AuditAction> ACCESSES = Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.EXPORT,
			AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);

	/**
	 * The PostgreSQL advisory lock that whoever chains entries holds for their transaction: the sealing step, and a
	 * bulk loader (the synthetic data generator) that writes its entries already chained, with
	 * {@link AuditChain#hashOf}, after the last seal.
	 */
	public static final long SEALING_LOCK = 0x486f6d6553656c4cL;

	private final AuditStore store;
	private final AuditSealing sealing;
	private final AuditSeals seals;
	private final ChainVerification verification;

	AuditTrail(AuditStore store, AuditSealing sealing, AuditSeals seals, ChainVerification verification) {
		this.store = store;
		this.sealing = sealing;
		this.seals = seals;
		this.verification = verification;
	}

	@Transactional
	public void record(Actor actor, AuditAction action, String recordType, Object recordId, String detail) {
		String id = recordId == null ? null : recordId.toString();
		add(List.of(new PendingEntry(actor, action, recordType, id == null || id.isEmpty() ? null : id, detail,
				clientAddress(), Instant.now())));
	}

	/** One entry per record, for a list or search result that showed several at once. */
	@Transactional
	public void recordEach(Actor actor, AuditAction action, String recordType, Collection<?> recordIds, String detail) {
		if (recordIds.isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		String address = clientAddress();
		add(recordIds.stream().map(id -> new PendingEntry(actor, action, recordType, id.toString(), detail, address, now))
				.toList());
	}

	/** Who saw or changed a record, newest first. Reading this list is itself not personal data of the record. */
	@Transactional(readOnly = true)
	public List<AuditEntry> accessesOf(String recordType, Object recordId, int limit) {
		flush();
		return store.entriesFor(recordType, recordId.toString(), ACCESSES, Math.min(limit, 500));
	}

	@PreAuthorize("hasRole('AUDITOR')")
	@Transactional(readOnly = true)
	public PageOf<AuditEntry> search(AuditFilter filter, PageOf.Request page) {
		flush();
		return store.search(filter, page, ZoneOffset.UTC);
	}

	/** The newest entries the filter finds, at most {@code limit}: for the auditor's export. */
	@PreAuthorize("hasRole('AUDITOR')")
	@Transactional(readOnly = true)
	public List<AuditEntry> newest(AuditFilter filter, int limit) {
		flush();
		return store.newest(filter, limit, ZoneOffset.UTC);
	}

	/**
	 * Starts a verification of every sealed entry (after sealing what is waiting) and waits for it up to
	 * {@code wait} milliseconds; a long chain goes on in the background, its progress read with
	 * {@link #verification}. The check itself is recorded when it ends.
	 */
	@PreAuthorize("hasRole('AUDITOR')")
	public ChainCheck verify(Actor auditor, long wait) {
		UUID id = verification.start(auditor);
		long until = System.currentTimeMillis() + wait;
		ChainCheck check = verification.find(id).orElseThrow();
		while (!check.finished() && System.currentTimeMillis() < until) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			check = verification.find(id).orElseThrow();
		}
		return check;
	}

	@PreAuthorize("hasRole('AUDITOR')")
	public Optional<ChainCheck> verification(UUID id) {
		return verification.find(id);
	}

	/**
	 * Chains every entry committed so far and returns the end of the chain: how many entries it holds and the hash
	 * of the last, which covers all before it. For anchoring the trail outside the database, and for tests.
	 */
	public Sealed sealNow() {
		AuditSeals.Head head = sealing.sealAll(true);
		return new Sealed(head.position(), head.entryId(), head.hash());
	}

	/** Whether an entry has been chained yet. */
	public boolean isSealed(long entryId) {
		return seals.sealed(entryId);
	}

	/** The end of the chain. */
	public record Sealed(long position, long entryId, String hash) {
	}

	private void add(List<PendingEntry> entries) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			store.append(entries);
			return;
		}
		current().orElseGet(this::bind).entries.addAll(entries);
	}

	/** Writes the entries the current transaction has recorded so far, so that it can read them back. */
	private void flush() {
		current().ifPresent(Buffer::write);
	}

	private Optional<Buffer> current() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return Optional.empty();
		}
		// The synchronisations of the current transaction only: a suspended outer transaction keeps its own.
		return TransactionSynchronizationManager.getSynchronizations().stream()
				.filter(Buffer.class::isInstance).map(Buffer.class::cast).filter(b -> b.trail == this).findFirst();
	}

	private Buffer bind() {
		Buffer buffer = new Buffer(this);
		TransactionSynchronizationManager.registerSynchronization(buffer);
		return buffer;
	}

	/** The entries of one transaction, written in one statement just before it commits. */
	private static final class Buffer implements TransactionSynchronization {

		private final AuditTrail trail;
		private final List<PendingEntry> entries = new ArrayList<>();

		Buffer(AuditTrail trail) {
			this.trail = trail;
		}

		void write() {
			if (!entries.isEmpty()) {
				trail.store.append(List.copyOf(entries));
				entries.clear();
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write();
		}
	}

	/**
	 * The newest entry that is sealed into the hash chain: its id and hash. Checkpoints outside the database anchor
	 * the chain at it. (Every entry is sealed as it is written today; with a separate sealing step, only sealed entries
	 * count.)
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<SealedEntry> latestSealed() {
		return store.latestSealed();
	}

	/** The hash of a sealed entry, to check a checkpoint against; none if no sealed entry has this id. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> sealedHash(long id) {
		return store.sealedHash(id);
	}

	/** An entry of the hash chain, as a checkpoint names it. */
	public record SealedEntry(long id, String hash) {
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}

package org.homeward.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash chain of the audit trail. An entry's hash is the SHA-256 of its content and of the previous entry's
 * hash, so changing any field of any entry, or removing an entry from the middle, breaks every later link.
 */
public final class AuditChain {

	/** The "previous hash" of the very first entry. */
	public static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** The hash an entry must carry, given its content and the hash of the entry before it. */
	public static String hashOf(AuditEntry entry) {
		var canonical = new StringBuilder();
		field(canonical, Long.toString(entry.id()));
		field(canonical, Long.toString(micros(entry.occurredAt())));
		field(canonical, entry.actor());
		field(canonical, entry.actorRoles());
		field(canonical, entry.organizationId() == null ? null : entry.organizationId().toString());
		field(canonical, entry.action().name());
		field(canonical, entry.recordType());
		field(canonical, entry.recordId());
		field(canonical, entry.clientAddress());
		field(canonical, entry.detail());
		field(canonical, entry.previousHash());
		return sha256(canonical.toString());
	}

	/** PostgreSQL keeps microseconds; the hash must be computed on what is stored. */
	public static Instant storable(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Checks entries in the order they were chained.
	 *
	 * @return the outcome, naming the first entry whose link or content does not hold
	 */
	public static Verification verify(Iterable<AuditEntry> entriesInOrder) {
		Verifier verifier = new Verifier(GENESIS, 0);
		for (AuditEntry entry : entriesInOrder) {
			if (!verifier.check(entry)) {
				break;
			}
		}
		return verifier.outcome();
	}

	/**
	 * Checks a chain one entry at a time, so that a trail of millions of entries streams through it; it may start
	 * in the middle of the chain, from the hash of the entry before.
	 */
	public static final class Verifier {

		private String expectedPrevious;
		private long checked;
		private Verification broken;

		public Verifier(String previousHash, long alreadyChecked) {
			this.expectedPrevious = previousHash;
			this.checked = alreadyChecked;
		}

		/** Checks the next entry of the chain; false once the chain is broken (later entries are not looked at). */
		public boolean check(AuditEntry entry) {
			if (broken != null) {
				return false;
			}
			if (!Objects.equals(entry.previousHash(), expectedPrevious)) {
				broken = Verification.broken(checked, entry.id(), Verification.Problem.LINK_BROKEN);
				return false;
			}
			if (!Objects.equals(entry.hash(), hashOf(entry))) {
				broken = Verification.broken(checked, entry.id(), Verification.Problem.CONTENT_CHANGED);
				return false;
			}
			expectedPrevious = entry.hash();
			checked++;
			return true;
		}

		/** The chain names an entry that is not there any more: it was removed. */
		public void missing(long entryId) {
			if (broken == null) {
				broken = Verification.broken(checked, entryId, Verification.Problem.LINK_BROKEN);
			}
		}

		public long checked() {
			return checked;
		}

		public boolean intact() {
			return broken == null;
		}

		public String lastHash() {
			return expectedPrevious;
		}

		public Verification outcome() {
			return broken != null ? broken : new Verification(true, checked, null, null);
		}
	}

	private static long micros(Instant instant) {
		return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
	}

	/** Length-prefixed, so that moving text between two fields changes the hash too. */
	private static void field(StringBuilder canonical, String value) {
		if (value == null) {
			canonical.append("-1:");
		}
		else {
			canonical.append(value.length()).append(':').append(value);
		}
		canonical.append('|');
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	/**
	 * The outcome of a verification.
	 *
	 * @param intact whether every entry checked holds
	 * @param entriesChecked how many entries held before the first that did not
	 * @param firstBrokenEntry the id of the first entry that does not hold
	 * @param problem what is wrong with it
	 */
	public record Verification(boolean intact, long entriesChecked, Long firstBrokenEntry, Problem problem) {

		public static Verification broken(long checked, long entry, Problem problem) {
			return new Verification(false, checked, entry, problem);
		}

		public enum Problem {
			/** The entry's content no longer matches its hash: it was changed. */
			CONTENT_CHANGED,
			/** The entry does not follow the one before it: an entry was removed or inserted. */
			LINK_BROKEN
		}
	}
}

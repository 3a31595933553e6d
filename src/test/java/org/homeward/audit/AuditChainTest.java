package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditChainTest {

	private static final Instant T = Instant.parse("2026-11-27T10:00:00.123456Z");

	/** Builds a correct chain of n entries, as the trail writes it. */
	private static List<AuditEntry> chain(int n) {
		List<AuditEntry> entries = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (int i = 1; i <= n; i++) {
			var entry = new AuditEntry(i, T.plusSeconds(i), "casemanager", "CASE_MANAGER", UUID.nameUUIDFromBytes(new byte[] { 1 }),
					AuditAction.VIEW, "PERSON", UUID.nameUUIDFromBytes(new byte[] { (byte) i }).toString(), "10.0.0.1",
					null, previous, null);
			String hash = AuditChain.hashOf(entry);
			entries.add(with(entry, entry.detail(), previous, hash));
			previous = hash;
		}
		return entries;
	}

	private static AuditEntry with(AuditEntry e, String detail, String previous, String hash) {
		return new AuditEntry(e.id(), e.occurredAt(), e.actor(), e.actorRoles(), e.organizationId(), e.action(),
				e.recordType(), e.recordId(), e.clientAddress(), detail, previous, hash);
	}

	@Test
	void anUntouchedChainVerifies() {
		var outcome = AuditChain.verify(chain(5));
		assertThat(outcome.intact()).isTrue();
		assertThat(outcome.entriesChecked()).isEqualTo(5);
	}

	@Test
	void anEmptyTrailIsIntact() {
		assertThat(AuditChain.verify(List.of()).intact()).isTrue();
	}

	@Test
	void changingAnyFieldOfAnEntryIsDetectedAtThatEntry() {
		List<AuditEntry> entries = chain(5);
		AuditEntry third = entries.get(2);
		entries.set(2, new AuditEntry(third.id(), third.occurredAt(), "someone-else", third.actorRoles(),
				third.organizationId(), third.action(), third.recordType(), third.recordId(), third.clientAddress(),
				third.detail(), third.previousHash(), third.hash()));

		var outcome = AuditChain.verify(entries);

		assertThat(outcome.intact()).isFalse();
		assertThat(outcome.firstBrokenEntry()).isEqualTo(3);
		assertThat(outcome.problem()).isEqualTo(AuditChain.Verification.Problem.CONTENT_CHANGED);
		assertThat(outcome.entriesChecked()).isEqualTo(2);
	}

	@Test
	void removingAnEntryFromTheMiddleBreaksTheLinkOfTheNext() {
		List<AuditEntry> entries = chain(5);
		entries.remove(1);

		var outcome = AuditChain.verify(entries);

		assertThat(outcome.intact()).isFalse();
		assertThat(outcome.firstBrokenEntry()).isEqualTo(3);
		assertThat(outcome.problem()).isEqualTo(AuditChain.Verification.Problem.LINK_BROKEN);
	}

	@Test
	void recomputingTheHashOfAChangedEntryStillBreaksTheNextLink() {
		List<AuditEntry> entries = chain(4);
		AuditEntry second = entries.get(1);
		AuditEntry forged = with(second, "forged", second.previousHash(), null);
		entries.set(1, with(forged, "forged", second.previousHash(), AuditChain.hashOf(forged)));

		var outcome = AuditChain.verify(entries);

		assertThat(outcome.intact()).isFalse();
		assertThat(outcome.firstBrokenEntry()).isEqualTo(3);
	}

	@Test
	void movingTextBetweenFieldsChangesTheHash() {
		var a = new AuditEntry(1, T, "ab", "c", null, AuditAction.VIEW, "PERSON", null, null, null, AuditChain.GENESIS, null);
		var b = new AuditEntry(1, T, "a", "bc", null, AuditAction.VIEW, "PERSON", null, null, null, AuditChain.GENESIS, null);
		assertThat(AuditChain.hashOf(a)).isNotEqualTo(AuditChain.hashOf(b));
	}

	@Test
	void theHashCoversTheTimeToTheMicrosecondThatPostgresqlKeeps() {
		Instant nanos = Instant.parse("2026-11-27T10:00:00.123456789Z");
		assertThat(AuditChain.storable(nanos)).isEqualTo(Instant.parse("2026-11-27T10:00:00.123456Z"));
	}
}

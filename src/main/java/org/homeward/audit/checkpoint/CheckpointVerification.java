package org.homeward.audit.checkpoint;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import com.google.crypto.tink.PublicKeyVerify;

/**
 * The check of the trail against its checkpoints: each checkpoint's signature must verify with the node's public key,
 * and the trail must still hold the entry it names, with the same hash. A deleted newest part of the trail shows as a
 * checkpoint whose entry is gone; a rewritten one, as a different hash.
 */
public final class CheckpointVerification {

	private CheckpointVerification() {
	}

	public static Outcome verify(List<Checkpoint> checkpoints, LongFunction<Optional<String>> sealedHash,
			PublicKeyVerify verifier) {
		int checked = 0;
		for (Checkpoint checkpoint : checkpoints) {
			try {
				verifier.verify(checkpoint.signatureBytes(), checkpoint.signedBytes());
			}
			catch (GeneralSecurityException | IllegalArgumentException e) {
				return new Outcome(false, checked, checkpoints.size(), checkpoint.entryId(), Problem.SIGNATURE_INVALID);
			}
			Optional<String> hash = sealedHash.apply(checkpoint.entryId());
			if (hash.isEmpty()) {
				return new Outcome(false, checked, checkpoints.size(), checkpoint.entryId(), Problem.ENTRY_MISSING);
			}
			if (!hash.get().equals(checkpoint.entryHash())) {
				return new Outcome(false, checked, checkpoints.size(), checkpoint.entryId(), Problem.ENTRY_CHANGED);
			}
			checked++;
		}
		return new Outcome(true, checked, checkpoints.size(), null, null);
	}

	/**
	 * @param intact whether every checkpoint holds
	 * @param checked checkpoints that held before the first that did not
	 * @param total checkpoints on file
	 * @param entryId the entry named by the first checkpoint that does not hold
	 */
	public record Outcome(boolean intact, int checked, int total, Long entryId, Problem problem) {
	}

	public enum Problem {
		/** The checkpoint was not signed by this node's key: it was forged or damaged. */
		SIGNATURE_INVALID,
		/** The entry the checkpoint names is no longer in the trail: the newest entries were removed. */
		ENTRY_MISSING,
		/** The entry is there with another hash: the trail was rewritten. */
		ENTRY_CHANGED
	}
}

package org.homeward.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A verification of the audit chain by the auditor, while it runs and once it has finished; kept in the database,
 * so that its progress can be followed from any instance.
 *
 * @param total how many sealed entries it checks
 * @param checked how many it has checked so far
 * @param outcome the result, once finished
 * @param waiting entries written during the last moments that wait for their seal and are checked next time
 */
public record ChainCheck(UUID id, String startedBy, Instant startedAt, long total, long checked, Instant finishedAt,
		AuditChain.Verification outcome, Long waiting) {

	public boolean finished() {
		return finishedAt != null;
	}

	/** Whole per cent checked, for the progress bar. */
	public int percent() {
		return total == 0 ? 100 : (int) Math.min(100, checked * 100 / total);
	}
}

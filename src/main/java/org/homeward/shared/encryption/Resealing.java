package org.homeward.shared.encryption;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts in the background, in small transactions, every value sealed with a key other than the keyset's
 * primary (after a rotation) or not yet encrypted (written before encryption at rest). Readers never wait for it:
 * every key still in the keyset decrypts.
 */
@Component
public class Resealing {

	private static final Logger log = LoggerFactory.getLogger(Resealing.class);
	private static final int BATCH = 200;

	private final Encryption encryption;
	private final List<Resealable> tables;
	private final TransactionTemplate transaction;
	/** The primary key every value was found sealed with at the end of the last full pass; none before one. */
	private volatile Integer completeFor;

	Resealing(Encryption encryption, List<Resealable> tables, TransactionTemplate transaction) {
		this.encryption = encryption;
		this.tables = tables;
		this.transaction = transaction;
	}

	@Scheduled(initialDelayString = "${homeward.encryption.reseal-delay:PT20S}",
			fixedDelayString = "${homeward.encryption.reseal-interval:PT1M}")
	public void resealAll() {
		int primary = encryption.primaryKeyId();
		if (Integer.valueOf(primary).equals(completeFor)) {
			return; // nothing can be due until the keyset changes: no scan of the tables every minute
		}
		for (Resealable table : tables) {
			long total = 0;
			int done;
			do {
				done = transaction.execute(status -> table.resealBatch(encryption, BATCH));
				total += done;
			}
			while (done == BATCH);
			if (total > 0) {
				log.info("Re-encrypted {} values of {} with key {}", total, table.name(),
						Integer.toUnsignedString(encryption.primaryKeyId()));
			}
		}
		completeFor = primary;
	}

	/** Values not yet sealed with the primary key, over all tables (counted, not taken from the last pass). */
	public long remaining() {
		return tables.stream().mapToLong(table -> table.remaining(encryption)).sum();
	}
}

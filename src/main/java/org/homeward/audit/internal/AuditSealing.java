package org.homeward.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.homeward.audit.AuditTrailSealed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single sealing step: about every second, chains the entries written since, in batches of a few thousand,
 * each batch one short transaction. Readers never wait for it; it runs on one instance at a time (ShedLock), and
 * a PostgreSQL advisory lock keeps a verification's own sealing from interleaving with it.
 */
@Component
public class AuditSealing {

	static final int BATCH = 5000;

	private final AuditSeals seals;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;

	AuditSealing(AuditSeals seals, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.seals = seals;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${homeward.audit.sealing-interval:1s}", initialDelayString = "${homeward.audit.sealing-interval:1s}")
	@SchedulerLock(name = "audit-sealing", lockAtMostFor = "${homeward.audit.sealing-lock-at-most:10m}")
	public void sealWaiting() {
		sealAll(false);
	}

	/**
	 * Seals every entry whose transaction has ended; with {@code wait}, waits for a sealing step already running
	 * instead of leaving the work to it.
	 *
	 * @return the head of the chain afterwards
	 */
	public AuditSeals.Head sealAll(boolean wait) {
		while (true) {
			AuditSeals.Head[] result = new AuditSeals.Head[2];
			boolean locked = Boolean.TRUE.equals(transaction.execute(status -> {
				if (!seals.lock(wait)) {
					return false;
				}
				result[0] = seals.head();
				result[1] = seals.sealNext(BATCH);
				if (result[1].position() > result[0].position()) {
					events.publishEvent(new AuditTrailSealed(result[1].position(), result[1].entryId(), result[1].hash()));
				}
				return true;
			}));
			if (!locked) {
				return seals.head();
			}
			if (result[1].position() - result[0].position() < BATCH) {
				return result[1];
			}
		}
	}
}

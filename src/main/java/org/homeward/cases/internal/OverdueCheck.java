package org.homeward.cases.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the overdue flags of plan actions current: at start-up and every hour, so that an action due yesterday is
 * flagged this morning on the case and on "my work" pages. Whichever instance takes the lock first does it; the
 * lock is kept a little while after, so that a second instance triggered a moment later does not do it again.
 */
@Component
class OverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

	private final PlanStore plans;
	private final Counter runs;

	OverdueCheck(PlanStore plans, MeterRegistry meters) {
		this.plans = plans;
		this.runs = meters.counter("homeward.jobs.runs", "job", "overdue-actions");
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${homeward.cases.overdue-check:0 5 * * * *}")
	@SchedulerLock(name = "overdue-actions", lockAtLeastFor = "${homeward.jobs.lock-at-least:PT30S}")
	@Transactional
	public void refresh() {
		runs.increment();
		int changed = plans.refreshOverdue();
		if (changed > 0) {
			log.info("Overdue flags of {} plan actions changed", changed);
		}
	}
}

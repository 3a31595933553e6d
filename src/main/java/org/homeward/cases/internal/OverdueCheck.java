package org.homeward.cases.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the overdue flags of plan actions current: at start-up and every hour, so that an action due yesterday is
 * flagged this morning on the case and on "my work" pages.
 */
@Component
class OverdueCheck {

	private static final Logger log = LoggerFactory.getLogger(OverdueCheck.class);

	private final PlanStore plans;

	OverdueCheck(PlanStore plans) {
		this.plans = plans;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "${homeward.cases.overdue-check:0 5 * * * *}")
	@Transactional
	public void refresh() {
		int changed = plans.refreshOverdue();
		if (changed > 0) {
			log.info("Overdue flags of {} plan actions changed", changed);
		}
	}
}

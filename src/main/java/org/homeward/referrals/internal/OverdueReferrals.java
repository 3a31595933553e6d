package org.homeward.referrals.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.homeward.referrals.Events;
import org.homeward.referrals.Referral;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once an hour, tells of referrals left unanswered for a week or past their due date unfinished, once each: the
 * notifications module tells the people concerned.
 */
@Component
class OverdueReferrals {

	private final ReferralStore referrals;
	private final ApplicationEventPublisher events;

	OverdueReferrals(ReferralStore referrals, ApplicationEventPublisher events) {
		this.referrals = referrals;
		this.events = events;
	}

	@Scheduled(cron = "${homeward.referrals.overdue-check:0 15 * * * *}")
	@SchedulerLock(name = "overdue-referrals", lockAtLeastFor = "${homeward.jobs.lock-at-least:PT30S}")
	@Transactional
	public void check() {
		for (Referral referral : referrals.overdueUnnoticed()) {
			referrals.markOverdueNotified(referral.id());
			events.publishEvent(new Events.ReferralOverdue(referral.id(), referral.caseId(),
					referral.toOrganizationId(), referral.referredBy()));
		}
	}
}

package org.homeward.referrals;

import java.util.ArrayList;
import java.util.List;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.Waiting;
import org.homeward.accounts.WaitingWork;
import org.homeward.cases.Cases;
import org.homeward.referrals.internal.ConsentStore;
import org.homeward.referrals.internal.ReferralStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits in referrals: for those who receive them, referrals to accept and tasks under way, counted as the task
 * list shows them (only the people the worker reaches); for a case manager, answers to their referrals in the last
 * week and consents that lapse within a month.
 */
@Service
class ReferralQueues implements WaitingWork {

	static final int ANSWERS_OF_THE_LAST_DAYS = 7;
	static final int CONSENTS_LAPSING_WITHIN_DAYS = 30;

	private final ReferralStore referrals;
	private final ConsentStore consents;
	private final Cases cases;

	ReferralQueues(ReferralStore referrals, ConsentStore consents, Cases cases) {
		this.referrals = referrals;
		this.consents = consents;
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(CurrentUser user) {
		List<Waiting> waiting = new ArrayList<>();
		if (user.hasAny(Role.COMMUNITY_WORKER, Role.CSO_WORKER, Role.SECTOR_SPECIALIST) && user.organizationId() != null) {
			List<Referral> reached = referrals.openTo(user.organizationId()).stream()
					.filter(r -> cases.seesPersonOf(r.caseId(), user)).toList();
			long toAccept = reached.stream().filter(r -> r.status() == ReferralStatus.REQUESTED).count();
			waiting.add(new Waiting("waiting.referralsToAccept", toAccept, "/community"));
			waiting.add(new Waiting("waiting.tasks", reached.size() - toAccept, "/community"));
		}
		if (user.has(Role.CASE_MANAGER)) {
			waiting.add(new Waiting("waiting.referralAnswers",
					referrals.answeredRecentlyTo(user.id(), ANSWERS_OF_THE_LAST_DAYS), "/notifications"));
			waiting.add(new Waiting("waiting.consentsLapsing",
					consents.lapsingFor(user.id(), CONSENTS_LAPSING_WITHIN_DAYS), "/cases/my-work"));
		}
		return waiting;
	}
}

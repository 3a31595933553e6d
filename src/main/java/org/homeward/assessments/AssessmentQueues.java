package org.homeward.assessments;

import java.util.List;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.Waiting;
import org.homeward.accounts.WaitingWork;
import org.homeward.assessments.internal.DueStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What waits for a case manager in assessments: the open cases of theirs with an assessment due. */
@Service
class AssessmentQueues implements WaitingWork {

	private final DueStore due;

	AssessmentQueues(DueStore due) {
		this.due = due;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(CurrentUser user) {
		if (!user.has(Role.CASE_MANAGER)) {
			return List.of();
		}
		return List.of(new Waiting("waiting.assessmentsDue", due.casesDueFor(user.id()), "/cases/my-work"));
	}
}

package org.homeward.assessments.internal;

import org.homeward.assessments.Instrument;
import org.homeward.cases.CaseClosed;
import org.homeward.cases.CaseOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When assessments fall due: every child is owed a best-interests assessment from the day their case opens, and a
 * closed case owes nothing any more. These run after the case's transaction committed, in their own, without a
 * signed-in user: they work on the stores directly, not through the secured facade.
 */
@Component
class AssessmentSchedule {

	private final DueStore due;

	AssessmentSchedule(DueStore due) {
		this.due = due;
	}

	@ApplicationModuleListener
	void on(CaseOpened opened) {
		if (opened.child()) {
			due.makeDue(opened.caseId(), Instrument.BEST_INTERESTS, opened.openedOn());
		}
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		due.cancelAll(closed.caseId());
	}
}

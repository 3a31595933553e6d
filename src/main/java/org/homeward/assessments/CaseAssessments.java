package org.homeward.assessments;

import java.util.List;

import org.homeward.cases.Access;

/**
 * Everything the assessments page of a case shows, read at once and audited once.
 *
 * @param access what the reader may do: READ, or WRITE to record
 * @param history the case's assessments, newest first
 * @param due the assessments the case owes or owed
 * @param trend the Reintegration Progress Index over time, oldest first
 * @param applicable the instruments that apply to the person today (a child's instrument only for a child)
 */
public record CaseAssessments(Access access, List<Assessment> history, List<DueAssessment> due,
		List<TrendPoint> trend, List<Instrument> applicable) {

	public boolean mayRecord() {
		return access.atLeast(Access.WRITE);
	}
}

package org.homeward.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stages of a case, from reception to sustainable reintegration, and the moves between them. The main line
 * moves one step forward or back; a case can be put on hold (detention, hospital) or marked as lost contact from
 * any active stage and resumes where it was; a transferred or closed case can be reopened. Closing is not a move:
 * the case manager requests it and the coordinator decides (see {@link #mayRequestClosure()}).
 */
public enum CaseStage {
	RECEPTION,
	ASSESSMENT,
	REHABILITATION,
	REINTEGRATION,
	MONITORING,
	ON_HOLD,
	LOST_CONTACT,
	TRANSFERRED,
	CLOSED;

	/** The main line, in order. */
	public static final List<CaseStage> MAIN_LINE = List.of(RECEPTION, ASSESSMENT, REHABILITATION, REINTEGRATION,
			MONITORING);

	public boolean isActive() {
		return MAIN_LINE.contains(this);
	}

	public boolean isPaused() {
		return this == ON_HOLD || this == LOST_CONTACT;
	}

	public boolean isEnded() {
		return this == TRANSFERRED || this == CLOSED;
	}

	/**
	 * The stages a case manager may move a case to from this one.
	 *
	 * @param resumeTo the active stage a paused case left, to which it resumes
	 */
	public Set<CaseStage> moves(CaseStage resumeTo) {
		Set<CaseStage> moves = EnumSet.noneOf(CaseStage.class);
		if (isActive()) {
			int i = MAIN_LINE.indexOf(this);
			if (i + 1 < MAIN_LINE.size()) {
				moves.add(MAIN_LINE.get(i + 1));
			}
			if (i > 0) {
				moves.add(MAIN_LINE.get(i - 1));
			}
			moves.add(ON_HOLD);
			moves.add(LOST_CONTACT);
		}
		else if (isPaused()) {
			if (resumeTo != null && resumeTo.isActive()) {
				moves.add(resumeTo);
			}
			moves.add(this == ON_HOLD ? LOST_CONTACT : ON_HOLD);
		}
		else if (isEnded()) {
			moves.add(ASSESSMENT); // reopening: the person's situation is assessed again
		}
		return moves;
	}

	/**
	 * The moves from this stage in the order a case manager looks for them: on along the usual flow first (or back to
	 * where a paused case left off), then a pause, and a step back last.
	 */
	public List<CaseStage> movesInUsualOrder(CaseStage resumeTo) {
		Set<CaseStage> moves = moves(resumeTo);
		List<CaseStage> ordered = new java.util.ArrayList<>();
		if (isActive()) {
			int i = MAIN_LINE.indexOf(this);
			if (i + 1 < MAIN_LINE.size()) {
				ordered.add(MAIN_LINE.get(i + 1));
			}
		}
		else if (resumeTo != null && moves.contains(resumeTo)) {
			ordered.add(resumeTo);
		}
		moves.stream().filter(m -> !ordered.contains(m) && !m.isBackFrom(this)).forEach(ordered::add);
		moves.stream().filter(m -> m.isBackFrom(this)).forEach(ordered::add);
		return ordered;
	}

	/** Whether moving here from that stage goes back along the usual flow. */
	public boolean isBackFrom(CaseStage from) {
		return isActive() && from.isActive() && MAIN_LINE.indexOf(this) < MAIN_LINE.indexOf(from);
	}

	/** Whether the case manager may ask the coordinator to close the case from this stage. */
	public boolean mayRequestClosure() {
		return this == MONITORING || this == LOST_CONTACT;
	}

	/** Whether the coordinator may transfer the case to another region or organisation from this stage. */
	public boolean mayTransfer() {
		return isActive() || isPaused();
	}
}

package org.homeward.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The case plan as one reader may see it: only the goals of domains whose section they may read. */
public record Plan(UUID caseId, List<Goal> goals) {

	public record Goal(UUID id, Section domain, String description, List<Action> actions, boolean writable) {
	}

	public record Action(UUID id, int version, UUID goalId, String description, UUID responsibleOrganizationId,
			LocalDate dueDate, ActionStatus status, boolean overdue) {
	}

	public long overdueActions() {
		return goals.stream().flatMap(g -> g.actions().stream()).filter(Action::overdue).count();
	}
}

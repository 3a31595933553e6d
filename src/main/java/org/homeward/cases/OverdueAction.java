package org.homeward.cases;

import java.time.LocalDate;
import java.util.UUID;

/** An overdue action of a case plan, for a user's "my work" page. */
public record OverdueAction(UUID caseId, String personName, UUID actionId, Section domain, String description,
		LocalDate dueDate) {
}

package org.homeward.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** What other modules need to know of a case to work beside it, without its personal details. */
public record CaseFacts(UUID caseId, UUID personId, UUID regionId, CaseStage stage, LocalDate birthDate) {

	public boolean isChild(LocalDate on) {
		return Period.between(birthDate, on).getYears() < 18;
	}
}

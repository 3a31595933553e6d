package org.homeward.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case in a caseload list, as {@link CaseProjection} gives it to the reader: a fact the reader may not see in this
 * case is null and left out.
 *
 * @param number the case number people say on the phone, "UZ-TAS-2026-000123"
 * @param personId the person's record in the registry, for those who may open it
 * @param closureRequested whether a closure waits for the coordinator's decision
 * @param overdueActions how many actions of its plan are overdue
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseSummary(UUID id, String number, UUID personId, String name, Integer age, String locality, LocalDate birthDate,
		UUID regionId, CaseStage stage, Set<VulnerabilityFlag> flags, String caseManager, Boolean closureRequested,
		Integer overdueActions) {

	public boolean closurePending() {
		return Boolean.TRUE.equals(closureRequested);
	}

	public int overdue() {
		return overdueActions == null ? 0 : overdueActions;
	}
}

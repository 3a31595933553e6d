package org.homeward.cases;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A case in a caseload list. */
public record CaseSummary(UUID id, UUID personId, String name, LocalDate birthDate, UUID regionId, CaseStage stage,
		Set<VulnerabilityFlag> flags, String caseManager, boolean closureRequested, int overdueActions) {
}

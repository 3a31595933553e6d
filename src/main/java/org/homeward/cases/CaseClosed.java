package org.homeward.cases;

import java.util.UUID;

/** The coordinator approved the closure of a case. */
public record CaseClosed(UUID caseId, CaseStage closedFrom) {
}

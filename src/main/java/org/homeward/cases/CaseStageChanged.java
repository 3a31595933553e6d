package org.homeward.cases;

import java.util.UUID;

/** A case moved from one stage to another; who, when and why are in the case's stage history. */
public record CaseStageChanged(UUID caseId, CaseStage from, CaseStage to) {
}

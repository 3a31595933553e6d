package org.homeward.cases;

import java.util.UUID;

/** How a page names a case at its top: the person's name and the stage. */
public record CaseHeader(UUID caseId, UUID personId, String personName, CaseStage stage) {
}

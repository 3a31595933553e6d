package org.homeward.cases;

import java.util.UUID;

/** A case manager asked to close a case; the national coordinator decides, and should hear of it. */
public record ClosureRequested(UUID caseId) {
}

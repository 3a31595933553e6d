package org.homeward.cases;

import java.util.UUID;

/** A case that may be a child's mother's, to link the child's case to it. */
public record MotherCase(UUID caseId, String name) {
}

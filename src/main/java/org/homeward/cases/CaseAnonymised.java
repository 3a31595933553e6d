package org.homeward.cases;

import java.util.UUID;

/**
 * A closed case passed its retention period and was anonymised. Published inside the anonymising transaction, so that
 * every module removes the personal data it holds about the case in the same transaction.
 */
public record CaseAnonymised(UUID caseId, UUID personId) {
}

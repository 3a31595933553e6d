package org.homeward.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case was opened for a person.
 *
 * @param child whether the person is under 18 on the day the case opened; every child gets a best-interests
 * assessment
 */
public record CaseOpened(UUID caseId, UUID personId, LocalDate openedOn, boolean child) {
}

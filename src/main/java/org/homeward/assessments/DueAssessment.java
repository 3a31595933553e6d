package org.homeward.assessments;

import java.time.LocalDate;

/** An assessment a case owes, such as the best-interests assessment of a child, since the day it fell due. */
public record DueAssessment(String instrumentCode, LocalDate dueSince, DueStatus status) {
}

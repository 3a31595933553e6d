package org.homeward.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An addressee's dated report on a recommendation, with its evidence and the status it proposes; the secretariat
 * accepts it (the status is then the addressee's) or returns it.
 */
public record ProgressReport(UUID id, UUID addresseeId, LocalDate reportedOn, String text, String evidence,
		CouncilFile evidenceFile, ImplementationStatus proposedStatus, Instant submittedAt, String submittedBy,
		ReportReview review, String reviewNote, Instant reviewedAt, String reviewedBy) {
}

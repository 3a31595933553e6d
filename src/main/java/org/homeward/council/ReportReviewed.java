package org.homeward.council;

import java.util.UUID;

/** The secretariat accepted or returned a progress report; a notifier may tell the member who wrote it. */
public record ReportReviewed(UUID reportId, UUID recommendationId, String submittedBy, boolean accepted) {
}

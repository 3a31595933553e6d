package org.homeward.council;

import java.util.UUID;

/** An addressee reported progress on a recommendation; the secretariat is to review it. */
public record ProgressReported(UUID reportId, UUID recommendationId, UUID addresseeId) {
}

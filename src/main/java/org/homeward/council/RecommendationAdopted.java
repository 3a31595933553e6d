package org.homeward.council;

import java.util.UUID;

/** A meeting adopted a recommendation. */
public record RecommendationAdopted(UUID recommendationId, UUID meetingId) {
}

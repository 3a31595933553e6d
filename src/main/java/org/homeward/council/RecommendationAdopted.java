package org.homeward.council;

import java.util.Set;
import java.util.UUID;

/** A meeting adopted a recommendation, addressed to these states and organisations. */
public record RecommendationAdopted(UUID recommendationId, UUID meetingId, Set<String> countryCodes,
		Set<UUID> organizationIds) {

	public RecommendationAdopted {
		countryCodes = Set.copyOf(countryCodes);
		organizationIds = Set.copyOf(organizationIds);
	}
}

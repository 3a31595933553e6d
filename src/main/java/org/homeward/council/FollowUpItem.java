package org.homeward.council;

import java.util.List;
import java.util.UUID;

/** A follow-up agenda item and the recommendations it reviews, each with its addressees' current status. */
public record FollowUpItem(UUID agendaItemId, List<Recommendation> recommendations) {

	public FollowUpItem {
		recommendations = List.copyOf(recommendations);
	}
}

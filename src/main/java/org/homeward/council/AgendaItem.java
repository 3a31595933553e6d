package org.homeward.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An item of a meeting's agenda. Items of the same day and slot run in parallel.
 *
 * @param slot the item's place in the day's order
 * @param followUp whether this item reviews the follow-up of earlier recommendations
 */
public record AgendaItem(UUID id, int version, UUID meetingId, AgendaKind kind, String title, String titleRu,
		String titleUz, String description, LocalDate day, int slot, LocalTime startsAt, LocalTime endsAt, String room,
		String moderator, UUID workingGroupId, boolean followUp, List<Speaker> speakers) implements Translated {

	public AgendaItem {
		speakers = List.copyOf(speakers);
	}
}

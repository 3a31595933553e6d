package org.homeward.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting of the Council.
 *
 * @param title the title of record; {@code titleRu} and {@code titleUz} translate it where given
 * @param hostCountry the host state's code
 * @param timeZone the zone of the agenda's local times, e.g. {@code Asia/Tashkent}
 * @param note where the facts come from, and what is illustrative
 */
public record Meeting(UUID id, int version, String title, String titleRu, String titleUz, LocalDate startsOn,
		LocalDate endsOn, String city, String venue, String hostCountry, String chair, MeetingStatus status,
		String timeZone, String note, Instant updatedAt, String updatedBy) implements Translated {

	public boolean oneDay() {
		return startsOn.equals(endsOn);
	}
}

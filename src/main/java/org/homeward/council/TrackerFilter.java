package org.homeward.council;

import java.util.UUID;

/**
 * The tracker's filters; each may be left out.
 *
 * @param countryCode addressees that are this state or an organisation of it
 * @param overdue only what is past its due date and not settled
 */
public record TrackerFilter(String countryCode, Theme theme, ImplementationStatus status, Boolean overdue,
		UUID meetingId) {

	public static TrackerFilter none() {
		return new TrackerFilter(null, null, null, null, null);
	}
}

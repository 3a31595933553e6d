package org.homeward.council;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.organizations.Country;
import org.homeward.organizations.Organization;

/**
 * A state or organisation a recommendation is addressed to, with its implementation status, the history of that
 * status and its progress reports.
 *
 * @param overdue the recommendation's due date has passed and the status is not settled
 * @param yours whether the reader is a member of this addressee and so may report on it
 * @param reports the progress reports the reader may see: all for the secretariat, their own for a member
 */
public record Addressee(UUID id, int version, UUID recommendationId, Country country, Organization organization,
		ImplementationStatus status, Instant statusChangedAt, boolean overdue, boolean yours,
		List<StatusChange> history, List<ProgressReport> reports) {

	public Addressee {
		history = List.copyOf(history);
		reports = List.copyOf(reports);
	}
}

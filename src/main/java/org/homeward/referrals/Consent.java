package org.homeward.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.homeward.organizations.OrganizationType;

/**
 * Consent to share what a task needs with organisations of the given types, for the given purposes. For a child it
 * is given by the guardian, and the child's own view is recorded beside it. Read whole by the coordinator and the case
 * manager; an organisation whose referral relies on it sees {@link #scopeAndDates()} only (DESIGN.md §2).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Consent(UUID id, int version, UUID personId, GivenBy givenBy, String guardianName, String childView,
		Set<OrganizationType> organizationTypes, Set<Purpose> purposes, LocalDate givenOn, LocalDate validUntil,
		LocalDate withdrawnOn, String withdrawnReason, String evidenceName, String recordedBy, Instant recordedAt) {

	/** What the organisation whose referral relies on the consent may see of it: its scope and its dates. */
	public Consent scopeAndDates() {
		return new Consent(id, version, null, null, null, null, organizationTypes, purposes, givenOn, validUntil,
				withdrawnOn, null, null, null, null);
	}

	/** In force: not withdrawn, and not past the day it was given until. */
	@JsonIgnore
	public boolean active() {
		return withdrawnOn == null && (validUntil == null || !validUntil.isBefore(LocalDate.now()));
	}

	/** Whether it ends within the given days: the case manager should ask the family again. */
	@JsonIgnore
	public boolean lapsesWithin(int days) {
		return active() && validUntil != null && !validUntil.isAfter(LocalDate.now().plusDays(days));
	}

	public boolean covers(OrganizationType type, Purpose purpose) {
		return active() && organizationTypes.contains(type) && purposes.contains(purpose);
	}

	public enum GivenBy {
		PERSON, GUARDIAN
	}
}

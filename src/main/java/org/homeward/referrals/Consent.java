package org.homeward.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.homeward.organizations.OrganizationType;

/**
 * Consent to share what a task needs with organisations of the given types, for the given purposes. For a child it
 * is given by the guardian, and the child's own view is recorded beside it.
 */
public record Consent(UUID id, int version, UUID personId, GivenBy givenBy, String guardianName, String childView,
		Set<OrganizationType> organizationTypes, Set<Purpose> purposes, LocalDate givenOn, LocalDate withdrawnOn,
		String withdrawnReason, String evidenceName, String recordedBy, Instant recordedAt) {

	public boolean active() {
		return withdrawnOn == null;
	}

	public boolean covers(OrganizationType type, Purpose purpose) {
		return active() && organizationTypes.contains(type) && purposes.contains(purpose);
	}

	public enum GivenBy {
		PERSON, GUARDIAN
	}
}

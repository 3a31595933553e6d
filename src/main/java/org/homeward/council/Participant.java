package org.homeward.council;

import java.util.UUID;

/**
 * A person in a delegation.
 *
 * @param name none when the person is not named (as the heads of delegation of the first meeting's announcement)
 * @param contact e-mail and telephone; given to the secretariat only
 * @param selfRegistered whether the person registered themselves with their own account
 */
public record Participant(UUID id, int version, UUID delegationId, String name, String position,
		ParticipantFunction function, Contact contact, boolean consentToPublish, Attendance attendance,
		boolean selfRegistered, String registeredBy) {

	/** Contact details: personal data, read by the secretariat only and audited. */
	public record Contact(String email, String phone) {
	}

	/** Whether the published participant list may show the person: with their consent, or when nobody is named. */
	public boolean published() {
		return consentToPublish || name == null;
	}
}

package org.homeward.council;

import java.util.List;
import java.util.UUID;

import org.homeward.organizations.Country;
import org.homeward.organizations.Organization;

/** A state's or an organisation's delegation to a meeting; exactly one of the two is given. */
public record Delegation(UUID id, UUID meetingId, Country country, Organization organization,
		List<Participant> participants) {

	public Delegation {
		participants = List.copyOf(participants);
	}
}

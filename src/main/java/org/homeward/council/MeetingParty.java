package org.homeward.council;

import org.homeward.organizations.Organization;

/** An organisation and its role in a meeting. */
public record MeetingParty(Organization organization, MeetingRole role) {
}

package org.homeward.council;

import java.util.List;
import java.util.UUID;

import org.homeward.organizations.Localized;
import org.homeward.organizations.Organization;

/** A standing working group of the Council and the organisations in it. */
public record WorkingGroup(UUID id, int version, String nameEn, String nameRu, String nameUz, String description,
		List<Organization> members) implements Localized {

	public WorkingGroup {
		members = List.copyOf(members);
	}
}

package org.homeward.council;

import org.homeward.organizations.Country;
import org.homeward.organizations.Organization;

/**
 * A speaker of an agenda item, with the title the announcement gives.
 *
 * @param name none when the announcement does not name the person (a head of delegation)
 * @param title the speaker's title; {@code titleRu} and {@code titleUz} translate it where given
 * @param organization the organisation the speaker represents, if any
 * @param country the state the speaker represents, if any
 */
public record Speaker(String name, String title, String titleRu, String titleUz, Organization organization,
		Country country) implements Translated {
}

package org.homeward.organizations;

import java.util.Locale;
import java.util.UUID;

/**
 * A body that takes part in rehabilitation and reintegration or in the Council's work.
 *
 * @param countryCode the state it belongs to; none for international and regional organisations
 * @param regionId the region it serves; none for a national body
 */
public record Organization(UUID id, int version, String abbreviation, String nameEn, String nameRu, String nameUz,
		OrganizationType type, Sector sector, String countryCode, UUID regionId, boolean active) implements Localized {

	/** The name with its abbreviation, as people refer to it: "United Nations Office of Counter-Terrorism (UNOCT)". */
	public String fullName(Locale locale) {
		return abbreviation == null || abbreviation.isBlank() ? name(locale) : name(locale) + " (" + abbreviation + ")";
	}
}

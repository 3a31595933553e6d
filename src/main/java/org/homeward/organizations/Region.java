package org.homeward.organizations;

import java.util.UUID;

/**
 * A first-level administrative unit of a member state (oblast, republic, city of republican status).
 * Its local name is in the state's own language; Uzbek readers get it for Uzbekistan and the English one elsewhere,
 * since the local names of the other states are mostly in Cyrillic.
 */
public record Region(UUID id, String countryCode, String kind, String nameEn, String nameRu, String nameLocal)
		implements Localized {

	@Override
	public String nameUz() {
		return "UZ".equals(countryCode) ? nameLocal : nameEn;
	}
}

package org.homeward.organizations;

import java.util.UUID;

/**
 * A first-level administrative unit of a member state (oblast, republic, city of republican status).
 * Its local name is in the state's own language; Uzbek readers get it for Uzbekistan and the English one elsewhere,
 * since the local names of the other states are mostly in Cyrillic.
 *
 * @param code three letters that name the region within its state, said on the phone in a case number
 * ("UZ-TAS-2026-000123")
 */
public record Region(UUID id, String countryCode, String kind, String nameEn, String nameRu, String nameLocal,
		String code) implements Localized {

	@Override
	public String nameUz() {
		return "UZ".equals(countryCode) ? nameLocal : nameEn;
	}
}

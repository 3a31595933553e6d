package org.homeward.organizations;

/** A state: one of the Council's five members, or a country returnees come back from. */
public record Country(String code, String nameEn, String nameRu, String nameUz, boolean memberState)
		implements Localized {
}

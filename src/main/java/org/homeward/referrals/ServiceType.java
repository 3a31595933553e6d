package org.homeward.referrals;

import org.homeward.cases.Section;
import org.homeward.organizations.Localized;

/** A service one organisation can ask of another, and the section of the case it works in. */
public record ServiceType(String code, Section section, Purpose purpose, String nameEn, String nameRu, String nameUz)
		implements Localized {
}

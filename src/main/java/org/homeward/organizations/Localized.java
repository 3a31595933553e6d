package org.homeward.organizations;

import java.util.Locale;

/** Something with a name in English, Russian and Uzbek, shown in the reader's language. */
public interface Localized {

	String nameEn();

	String nameRu();

	String nameUz();

	default String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ru" -> nameRu();
			case "uz" -> nameUz();
			default -> nameEn();
		};
	}
}

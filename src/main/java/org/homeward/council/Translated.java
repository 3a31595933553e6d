package org.homeward.council;

import java.util.Locale;

/**
 * A title in the Council's three languages: the one of record, as the secretariat typed it (in English, or in the
 * language it was written in), and optional Russian and Uzbek translations. The reader sees the translation for their
 * language where there is one, the title of record otherwise.
 */
public interface Translated {

	String title();

	String titleRu();

	String titleUz();

	default String title(Locale locale) {
		return in(locale, title(), titleRu(), titleUz());
	}

	/** The translation for the reader's language, or the text of record when there is none. */
	static String in(Locale locale, String text, String ru, String uz) {
		String translation = switch (locale.getLanguage()) {
			case "ru" -> ru;
			case "uz" -> uz;
			default -> null;
		};
		return translation == null || translation.isBlank() ? text : translation;
	}
}

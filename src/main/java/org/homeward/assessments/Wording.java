package org.homeward.assessments;

import java.util.Locale;

/** A text of an instrument in the three languages of the node, shown in the reader's. */
public record Wording(String en, String ru, String uz) {

	public String in(Locale locale) {
		return switch (locale == null ? "en" : locale.getLanguage()) {
			case "ru" -> ru;
			case "uz" -> uz;
			default -> en;
		};
	}
}

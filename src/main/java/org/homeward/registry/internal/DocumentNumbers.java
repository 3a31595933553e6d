package org.homeward.registry.internal;

import java.util.Locale;

/** Document numbers are typed with and without spaces and dashes, in any case; they match on what is left. */
public final class DocumentNumbers {

	private DocumentNumbers() {
	}

	public static String key(String number) {
		return number == null ? "" : number.replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
	}
}

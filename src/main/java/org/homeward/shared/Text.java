package org.homeward.shared;

/** How typed text is stored: trimmed, and an empty field as no value at all. */
public final class Text {

	private Text() {
	}

	public static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

package org.homeward.council.internal;

import java.util.Optional;

/**
 * The kinds of file the Council accepts (PDF, PNG, JPEG), told by their first bytes and never by their name, so that
 * nothing else is stored and served back as a document.
 */
public final class FileKind {

	/** 10 MB, as for case attachments; the request limit for uploads is set just above it. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private FileKind() {
	}

	public static Optional<String> of(byte[] content) {
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/** A name fit to store and to send back in a header: printable ASCII letters, digits, dots, dashes. */
	public static String safeName(String fileName) {
		String name = fileName == null ? "" : fileName.strip();
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1).replaceAll("[^A-Za-z0-9._-]", "_");
		if (name.isBlank() || name.chars().allMatch(c -> c == '_' || c == '.')) {
			name = "document";
		}
		return name.length() > 120 ? name.substring(name.length() - 120) : name;
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content == null || content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}

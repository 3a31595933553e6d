package org.homeward.shared;

import java.util.Optional;

/**
 * The kinds of file Homeward accepts (scans and photos of documents: PDF, JPEG, PNG), recognised by their first
 * bytes rather than by name or declared type, so that a renamed executable is never stored as a "scan".
 */
public final class FileType {

	/** The largest file accepted. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private FileType() {
	}

	/** The content type of the file, or nothing when it is not one of the accepted kinds. */
	public static Optional<String> of(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
			return Optional.of("application/pdf");
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content == null || content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}

package org.homeward.council;

import java.util.UUID;

/** An uploaded file as lists show it; its content is fetched on its own. */
public record CouncilFile(UUID id, String fileName, String contentType, int size) {

	/** A file with its content, for a download. */
	public record Content(String fileName, String contentType, byte[] bytes) {
	}
}

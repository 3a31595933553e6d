package org.homeward.registry;

import java.util.UUID;

import jakarta.validation.constraints.Size;

/**
 * A search of the registry; every criterion is optional, and given ones must all match. Sent in a request body,
 * never in a URL, since names and document numbers are personal data.
 *
 * @param name any part of a name, in any script and spelling: "Ахмедова Мадина" finds "Akhmedova Madina"
 * @param documentNumber a document number, with or without spaces and dashes
 * @param page the page of the results, from 0; its bounds and those of {@code size} are {@code PageOf.Request}'s
 */
public record PersonSearch(
		@Size(max = 200) String name,
		@Size(max = 40) String documentNumber,
		UUID operationId,
		Integer page,
		Integer size) {

	public boolean isEmpty() {
		return blank(name) && blank(documentNumber) && operationId == null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}

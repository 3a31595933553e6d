package org.homeward.registry;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A registration. Likely duplicates are shown before it is saved; it is saved once the worker says they reviewed
 * them ({@code duplicatesReviewed}).
 */
public record RegisterPerson(
		@NotNull @Valid PersonDetails person,
		@Size(max = 5) List<@Valid IdentityDocumentDetails> documents,
		Boolean duplicatesReviewed) {

	public RegisterPerson {
		documents = documents == null ? List.of() : List.copyOf(documents);
		duplicatesReviewed = Boolean.TRUE.equals(duplicatesReviewed);
	}
}

package org.homeward.registry;

import java.time.LocalDate;
import java.util.UUID;

/** An identity document of a person. */
public record IdentityDocument(UUID id, DocumentKind kind, String number, String issuingCountry, LocalDate issueDate,
		LocalDate expiryDate) {
}

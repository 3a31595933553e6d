package org.homeward.registry.web;

import java.util.List;

import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.RegisterPerson;

/**
 * The registration page: a person, optionally one identity document (more can be added on the person's page), and
 * the worker's confirmation that they reviewed the likely duplicates shown.
 */
record RegistrationForm(PersonDetails person, IdentityDocumentDetails document, Boolean duplicatesReviewed) {

	RegistrationForm {
		// the page always shows the document fields, empty until the worker fills them in
		document = document == null ? new IdentityDocumentDetails(null, "", null, null, null) : document;
		// the confirmation box appears only once duplicates were shown: absent means not confirmed
		duplicatesReviewed = Boolean.TRUE.equals(duplicatesReviewed);
	}

	boolean hasDocument() {
		return document != null && document.number() != null && !document.number().isBlank();
	}

	List<IdentityDocumentDetails> documents() {
		return hasDocument() ? List.of(document) : List.of();
	}

	RegisterPerson registration() {
		return new RegisterPerson(person, documents(), duplicatesReviewed);
	}
}

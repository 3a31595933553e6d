package org.homeward.registry.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.PersonDetails;

/** A registration in progress, to be checked for likely duplicates before it is sent. */
record DuplicateCheck(@NotNull @Valid PersonDetails person, @Size(max = 5) List<@Valid IdentityDocumentDetails> documents) {
}

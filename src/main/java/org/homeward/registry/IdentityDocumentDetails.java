package org.homeward.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An identity document as a worker records it. */
public record IdentityDocumentDetails(
		@NotNull DocumentKind kind,
		@NotBlank @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N} ./-]*", message = "{document.number.pattern}") String number,
		@Pattern(regexp = "[A-Z]{2}") String issuingCountry,
		@PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issueDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryDate) {
}

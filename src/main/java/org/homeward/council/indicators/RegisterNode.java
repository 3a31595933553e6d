package org.homeward.council.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The secretariat registers a node: its name, its state and its public key as a JWK (EC P-256).
 *
 * @param nodeId as the node names itself in its messages ({@code HOMEWARD-UZ})
 */
public record RegisterNode(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.-]+") String nodeId,
		@NotBlank @Pattern(regexp = "KZ|KG|TJ|TM|UZ") String countryCode,
		@NotBlank @Size(max = 4000) String publicJwk) {
}

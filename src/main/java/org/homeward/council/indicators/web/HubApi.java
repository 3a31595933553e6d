package org.homeward.council.indicators.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.indicators.Node;
import org.homeward.council.indicators.Received;
import org.homeward.council.indicators.RegionalIndicators;
import org.homeward.council.indicators.RegisterNode;
import org.homeward.council.indicators.SubmissionRefused;
import org.homeward.reporting.Indicator;
import org.homeward.reporting.Series;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hub's API: national nodes post their signed quarters to {@code /api/v1/hub/submissions} (no account: the
 * signature authenticates); the Council's roles read the register, the submissions and the comparison under
 * {@code /api/v1/council}, and the secretariat keeps the register.
 */
@RestController
@Tag(name = "Council regional indicators", description = "Register of nodes, signed submissions, comparison of the five states")
class HubApi {

	private final RegionalIndicators indicators;
	private final MessageSource messages;

	HubApi(RegionalIndicators indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	@PostMapping("/api/v1/hub/submissions")
	@Operation(summary = "Import a node's quarter: a compact JWS (ES256) with the SDMX-JSON or SDMX-CSV message as payload",
			description = "The protected header carries kid (the node's registered key), iss (the node), jti (the message,"
					+ " never to be sent twice), iat and cty (the SDMX media type). Answers 201 with the revision, or a "
					+ "problem detail whose code names the refusal: hub.refused.MALFORMED (400), UNSIGNED, UNKNOWN_NODE, "
					+ "WRONG_KEY, TAMPERED (401), REPLAYED (409), WRONG_STATE (422).")
	ResponseEntity<Received> receive(@RequestBody String body) {
		Received received = indicators.receive(body);
		return ResponseEntity.created(URI.create("/api/v1/council/submissions/" + received.id())).body(received);
	}

	@GetMapping("/api/v1/council/nodes")
	@Operation(summary = "The register of national nodes and their public keys")
	List<Node> nodes(CurrentUser user) {
		return indicators.nodes(user);
	}

	@PostMapping("/api/v1/council/nodes")
	@Operation(summary = "Register a node, or give a registered node its new key (secretariat)")
	Node register(@Valid @RequestBody RegisterNode command, CurrentUser user) {
		return indicators.register(command, user);
	}

	@PostMapping("/api/v1/council/nodes/{id}/deactivation")
	@Operation(summary = "Stop accepting a node's submissions (secretariat)")
	Node deactivate(@PathVariable UUID id, CurrentUser user) {
		return indicators.deactivate(id, user);
	}

	@GetMapping("/api/v1/council/submissions")
	@Operation(summary = "Every revision received, newest first, optionally of one state")
	List<Received> submissions(@RequestParam(required = false)
			@jakarta.validation.constraints.Pattern(regexp = "KZ|KG|TJ|TM|UZ") String country, CurrentUser user) {
		return indicators.submissions(user, country);
	}

	@GetMapping("/api/v1/council/comparison")
	@Operation(summary = "One indicator compared across the five states, quarter by quarter (latest revisions)")
	RegionalIndicators.Comparison comparison(@RequestParam Indicator indicator,
			@RequestParam(required = false) String category, CurrentUser user) {
		return indicators.comparison(user, new Series(indicator,
				category == null ? indicator.categories().get(0) : category));
	}

	@GetMapping("/api/v1/council/implementation")
	@Operation(summary = "Implementation of the Council's recommendations per state")
	List<RegionalIndicators.Implementation> implementation(CurrentUser user) {
		return indicators.implementation(user);
	}

	@ExceptionHandler(SubmissionRefused.class)
	ProblemDetail refused(SubmissionRefused e) {
		String text = messages.getMessage(e.reason().messageKey(), null, e.reason().messageKey(),
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.reason().status()),
				e.detail() == null ? text : text + " (" + e.detail() + ")");
		problem.setTitle(messages.getMessage("problem.title." + e.reason().status(), null,
				HttpStatus.valueOf(e.reason().status()).getReasonPhrase(), LocaleContextHolder.getLocale()));
		problem.setProperty("code", e.reason().messageKey());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("problem.invalid", null, "Bad request", LocaleContextHolder.getLocale()));
		return problem;
	}
}

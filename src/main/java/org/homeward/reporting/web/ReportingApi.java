package org.homeward.reporting.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

import org.homeward.accounts.CurrentUser;
import org.homeward.reporting.Indicator;
import org.homeward.reporting.Indicators;
import org.homeward.reporting.Quarter;
import org.homeward.reporting.Submissions;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The national indicators over HTTP: their definitions, the figures of a quarter as the caller may see them (exact
 * for coordinators, suppressed for the analyst), the quarter as SDMX (signed on request), and the national
 * coordinator's submission to the Council.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Validated
@Tag(name = "Indicators", description = "National indicators, SDMX exports and submissions to the Council")
class ReportingApi {

	private static final String QUARTER = "\\d{4}-Q[1-4]";

	private final Indicators indicators;
	private final Submissions submissions;
	private final MessageSource messages;

	ReportingApi(Indicators indicators, Submissions submissions, MessageSource messages) {
		this.indicators = indicators;
		this.submissions = submissions;
		this.messages = messages;
	}

	/** An indicator with its definition, in the caller's language. */
	record Definition(String code, String name, String numerator, String denominator, String source, String unit,
			List<String> categories) {
	}

	@GetMapping("/definitions")
	@Operation(summary = "Every indicator with its definition: numerator, denominator, source fields")
	List<Definition> definitions(CurrentUser user, Locale locale) {
		indicators.scope(user);
		return java.util.Arrays.stream(Indicator.values()).map(i -> new Definition(i.code(),
				text("reporting.indicator." + i + ".name", locale), text("reporting.indicator." + i + ".numerator", locale),
				text("reporting.indicator." + i + ".denominator", locale),
				text("reporting.indicator." + i + ".source", locale), i.unitMeasure(), i.categories())).toList();
	}

	@GetMapping
	@Operation(summary = "Every cell of every indicator of a quarter, as the caller may see it",
			description = "Coordinators get exact figures (a regional coordinator: their region); the analyst gets "
					+ "them under small-cell suppression: a withheld cell has no value and withheld=true.")
	List<Indicators.Line> figures(@RequestParam(required = false) @Pattern(regexp = QUARTER) String quarter,
			CurrentUser user) {
		return indicators.lines(user, quarter == null ? indicators.lastEnded() : Quarter.parse(quarter));
	}

	@GetMapping("/sdmx")
	@Operation(summary = "The quarter as SDMX-CSV or SDMX-JSON, under suppression, optionally signed (compact JWS)",
			description = "For the national coordinator and the analyst; the last quarter ended unless one is named. "
					+ "Every export is recorded in the audit trail.")
	ResponseEntity<String> sdmx(@RequestParam(required = false) @Pattern(regexp = QUARTER) String quarter,
			@RequestParam(defaultValue = "json") @Pattern(regexp = "csv|json") String format,
			@RequestParam(defaultValue = "false") boolean signed, CurrentUser user) {
		Submissions.Format f = "csv".equals(format) ? Submissions.Format.CSV : Submissions.Format.JSON;
		String body = submissions.export(user, quarter == null ? indicators.lastEnded() : Quarter.parse(quarter), f,
				signed);
		String type = signed ? "application/jose" : f == Submissions.Format.CSV ? "text/csv" : "application/json";
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type + ";charset=UTF-8")).body(body);
	}

	/** Which quarter to submit. */
	record Submit(@Pattern(regexp = QUARTER) String quarter) {
	}

	@PostMapping("/submissions")
	@Operation(summary = "Submit a quarter to the Council's hub (national coordinator)")
	Submissions.Sent submit(@RequestBody @org.springframework.validation.annotation.Validated Submit command,
			CurrentUser user) {
		return submissions.submit(user, command.quarter() == null ? indicators.lastEnded()
				: Quarter.parse(command.quarter()));
	}

	@GetMapping("/public-key")
	@Operation(summary = "The node's public signing key (JWK), for the Council's register")
	ResponseEntity<String> publicKey(CurrentUser user) {
		indicators.scope(user);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(submissions.publicKey());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

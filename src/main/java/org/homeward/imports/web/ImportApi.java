package org.homeward.imports.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.homeward.accounts.CurrentUser;
import org.homeward.imports.FileEncoding;
import org.homeward.imports.ImportMode;
import org.homeward.imports.ImportReport;
import org.homeward.imports.Imports;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports over HTTP: a file is posted with how to run it, and its report is read until it is finished. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Persons, households and cases from CSV and XLSX files, with a per-row report")
class ImportApi {

	private final Imports imports;
	private final MessageSource messages;

	ImportApi(Imports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a CSV or XLSX file of persons",
			description = "The columns are mapped by their headings (English, Russian or Uzbek), or by a saved mapping "
					+ "(mappingId). mode CHECK stores nothing; ALL_OR_NOTHING stores every row or none; SKIP_INVALID "
					+ "stores the valid rows. Rows with likely duplicates are held back unless duplicatesReviewed. "
					+ "Answers 202 with the report; read GET /api/v1/imports/{id} until its status is finished.")
	ResponseEntity<ReportBody> start(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "UTF_8") FileEncoding encoding,
			@RequestParam(defaultValue = "CHECK") ImportMode mode,
			@RequestParam(defaultValue = "false") boolean duplicatesReviewed,
			@RequestParam(required = false) UUID mappingId, CurrentUser user, Locale locale) throws IOException {
		imports.requireSavedMapping(mappingId, user);
		UUID id = imports.upload(file.getOriginalFilename(), file.getBytes(), encoding, user);
		if (mappingId != null) {
			imports.applyMapping(id, mappingId, user);
		}
		imports.map(id, imports.mapping(id, user), null, user);
		ImportReport report = imports.start(id, mode, duplicatesReviewed, user);
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + id))
				.body(ReportBody.of(report, messages, locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's report: status, counts and the problems by row and column")
	ReportBody report(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return ReportBody.of(imports.report(id, user), messages, locale);
	}

	/** A report as the API answers it, each problem's message in the reader's language. */
	record ReportBody(UUID id, String status, boolean finished, String mode, int rows, int percentDone, int stored,
			int invalid, int duplicates, int households, int cases, int problemCount, String failure,
			List<ProblemBody> problems) {

		static ReportBody of(ImportReport r, MessageSource messages, Locale locale) {
			return new ReportBody(r.id(), r.status().name(), r.status().finished(),
					r.mode() == null ? null : r.mode().name(), r.rows(), r.percentDone(), r.stored(), r.invalid(),
					r.duplicates(), r.households(), r.cases(), r.problemCount(),
					r.failure() == null ? null : messages.getMessage(r.failure(), null, r.failure(), locale),
					r.problems().stream().map(p -> new ProblemBody(p.row(), p.column(), p.kind().name(),
							p.messageKey(), ImportTexts.problem(p, messages, locale))).toList());
		}
	}

	record ProblemBody(int row, String column, String kind, String code, String message) {
	}
}

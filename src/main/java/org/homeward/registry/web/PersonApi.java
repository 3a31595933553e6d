package org.homeward.registry.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.homeward.accounts.CurrentUser;
import org.homeward.registry.EditPerson;
import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.Person;
import org.homeward.registry.PersonRegistry;
import org.homeward.registry.PersonSearch;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.PossibleDuplicate;
import org.homeward.registry.PossibleDuplicates;
import org.homeward.registry.RegisterPerson;
import org.homeward.shared.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Persons of the registry over HTTP, with exactly the rules of the pages. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "Returnees and family members: registration, search, identity documents")
@Validated
class PersonApi {

	private final PersonRegistry registry;
	private final MessageSource messages;

	PersonApi(PersonRegistry registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "List the persons in your scope, alphabetically; each one listed is audited as seen")
	PageOf<PersonSummary> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size, CurrentUser user) {
		return registry.list(new PageOf.Request(page, size), user);
	}

	@PostMapping("/search")
	@Operation(summary = "Search by name in any script and spelling, document number or operation",
			description = "Sent as a body, never in the URL, because names and document numbers are personal data.")
	PageOf<PersonSummary> search(@Valid @RequestBody PersonSearch search, CurrentUser user) {
		return registry.search(search, user);
	}

	@PostMapping("/duplicates")
	@Operation(summary = "Likely duplicates of a registration in progress",
			description = "Same name across scripts with a date of birth within a year, or the same document. "
					+ "A match outside your region is reported without personal data.")
	List<PossibleDuplicate> duplicates(@Valid @RequestBody DuplicateCheck check, CurrentUser user) {
		return registry.findDuplicates(check.person(), check.documents() == null ? List.of() : check.documents(), user);
	}

	@PostMapping
	@Operation(summary = "Register a person",
			description = "Answers 409 with the likely duplicates unless duplicatesReviewed is true.")
	ResponseEntity<Person> register(@Valid @RequestBody RegisterPerson registration, CurrentUser user) {
		Person person = registry.register(registration, user);
		return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id())).body(person);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A person's record; audited as viewed")
	Person view(@PathVariable UUID id, CurrentUser user) {
		return registry.view(id, user);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a person", description = "Send the version you read; a stale one answers 409.")
	Person edit(@PathVariable UUID id, @Valid @RequestBody EditPerson edit, CurrentUser user) {
		return registry.edit(id, edit, user);
	}

	@PostMapping("/{id}/documents")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an identity document")
	Person addDocument(@PathVariable UUID id, @Valid @RequestBody IdentityDocumentDetails document, CurrentUser user) {
		return registry.addDocument(id, document, user);
	}

	@DeleteMapping("/{id}/documents/{documentId}")
	@Operation(summary = "Remove an identity document recorded in error")
	Person removeDocument(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
		return registry.removeDocument(id, documentId, user);
	}

	@GetMapping("/{id}/accesses")
	@Operation(summary = "Who viewed or changed this record, newest first")
	List<RecordAccess> accesses(@PathVariable UUID id, CurrentUser user) {
		return registry.accesses(id, user).stream().map(RecordAccess::of).toList();
	}

	@ExceptionHandler(PossibleDuplicates.class)
	ProblemDetail possibleDuplicates(PossibleDuplicates e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				messages.getMessage("problem.possibleDuplicates", null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("problem.title.409", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", "possibleDuplicates");
		problem.setProperty("duplicates", e.candidates());
		return problem;
	}
}

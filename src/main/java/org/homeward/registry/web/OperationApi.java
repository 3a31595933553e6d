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
import org.homeward.registry.EditOperation;
import org.homeward.registry.OperationDetails;
import org.homeward.registry.OperationRegistry;
import org.homeward.registry.PersonRegistry;
import org.homeward.registry.PersonSearch;
import org.homeward.registry.PersonSummary;
import org.homeward.registry.RepatriationOperation;
import org.homeward.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Repatriation operations over HTTP. */
@RestController
@RequestMapping("/api/v1/operations")
@Tag(name = "Repatriation operations", description = "Operations that brought citizens home, e.g. Mehr-1")
@Validated
class OperationApi {

	private final OperationRegistry operations;
	private final PersonRegistry persons;

	OperationApi(OperationRegistry operations, PersonRegistry persons) {
		this.operations = operations;
		this.persons = persons;
	}

	@GetMapping
	@Operation(summary = "All repatriation operations, newest first, with how many people each brought home")
	List<RepatriationOperation> list(CurrentUser user) {
		return operations.all(user);
	}

	@PostMapping
	@Operation(summary = "Record a repatriation operation")
	ResponseEntity<RepatriationOperation> create(@Valid @RequestBody OperationDetails operation, CurrentUser user) {
		RepatriationOperation created = operations.create(operation, user);
		return ResponseEntity.created(URI.create("/api/v1/operations/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One repatriation operation")
	RepatriationOperation view(@PathVariable UUID id, CurrentUser user) {
		return operations.view(id, user);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a repatriation operation", description = "Send the version you read; a stale one answers 409.")
	RepatriationOperation edit(@PathVariable UUID id, @Valid @RequestBody EditOperation edit, CurrentUser user) {
		return operations.edit(id, edit, user);
	}

	@GetMapping("/{id}/persons")
	@Operation(summary = "The people this operation brought home, in your scope")
	PageOf<PersonSummary> persons(@PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size, CurrentUser user) {
		operations.view(id, user);
		return persons.search(new PersonSearch(null, null, id, page, size), user);
	}
}

package org.homeward.registry.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.homeward.accounts.CurrentUser;
import org.homeward.registry.AddMember;
import org.homeward.registry.EditHousehold;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdDetails;
import org.homeward.registry.HouseholdRegistry;
import org.homeward.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Households and family links over HTTP. */
@RestController
@RequestMapping("/api/v1/households")
@Tag(name = "Households", description = "Family groups: mothers, children, guardians, receiving relatives")
@Validated
class HouseholdApi {

	private final HouseholdRegistry households;

	HouseholdApi(HouseholdRegistry households) {
		this.households = households;
	}

	@GetMapping
	@Operation(summary = "List the households in your scope, with their members")
	PageOf<Household> list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size, CurrentUser user) {
		return households.list(new PageOf.Request(page, size), user);
	}

	@PostMapping
	@Operation(summary = "Create a household")
	ResponseEntity<Household> create(@Valid @RequestBody HouseholdDetails household, CurrentUser user) {
		Household created = households.create(household, user);
		return ResponseEntity.created(URI.create("/api/v1/households/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A household with its members")
	Household view(@PathVariable UUID id, CurrentUser user) {
		return households.view(id, user);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Edit a household", description = "Send the version you read; a stale one answers 409.")
	Household edit(@PathVariable UUID id, @Valid @RequestBody EditHousehold edit, CurrentUser user) {
		return households.edit(id, edit, user);
	}

	@PostMapping("/{id}/members")
	@Operation(summary = "Add a registered person to the household")
	Household addMember(@PathVariable UUID id, @Valid @RequestBody AddMember member, CurrentUser user) {
		return households.addMember(id, member, user);
	}

	@DeleteMapping("/{id}/members/{personId}")
	@Operation(summary = "Remove a person from the household")
	Household removeMember(@PathVariable UUID id, @PathVariable UUID personId, CurrentUser user) {
		return households.removeMember(id, personId, user);
	}
}

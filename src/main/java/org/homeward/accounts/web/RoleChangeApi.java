package org.homeward.accounts.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.RoleChange;
import org.homeward.accounts.RoleChanges;
import org.homeward.shared.PageOf;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Four eyes over HTTP: a second administrator decides what waits; the auditor lists every role change. */
@RestController
@RequestMapping("/api/v1/role-changes")
@Tag(name = "Role changes", description = "Roles that read personal data take effect only once a second "
		+ "administrator approves; so does a new password for an account that holds one")
@Validated
class RoleChangeApi {

	private final RoleChanges roleChanges;

	RoleChangeApi(RoleChanges roleChanges) {
		this.roleChanges = roleChanges;
	}

	/** The version of the change the administrator read, so that two decisions never cross. */
	record Decision(@NotNull Integer version) {
	}

	@GetMapping
	@Operation(summary = "Every role change, newest first, with who asked, who decided and when (auditor)")
	PageOf<RoleChange> all(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		return roleChanges.all(new PageOf.Request(page, size));
	}

	@GetMapping("/pending")
	@Operation(summary = "The changes waiting for a second administrator (administrator)")
	List<RoleChange> waiting() {
		return roleChanges.waiting();
	}

	@PostMapping("/{id}/approval")
	@Operation(summary = "Approve a change another administrator asked for; 422 for your own request, 409 when stale")
	RoleChange approve(@PathVariable UUID id, @Valid @RequestBody Decision decision, CurrentUser administrator) {
		return roleChanges.approve(id, decision.version(), administrator);
	}

	@PostMapping("/{id}/rejection")
	@Operation(summary = "Reject a waiting change, or withdraw your own; 409 when stale")
	RoleChange reject(@PathVariable UUID id, @Valid @RequestBody Decision decision, CurrentUser administrator) {
		return roleChanges.reject(id, decision.version(), administrator);
	}
}

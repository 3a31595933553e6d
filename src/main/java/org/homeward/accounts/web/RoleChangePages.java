package org.homeward.accounts.web;

import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.RoleChanges;
import org.homeward.shared.PageOf;
import org.homeward.shared.web.PageAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Four eyes on the pages: a second administrator approves or rejects what waits (the buttons are on the user's page),
 * and the auditor reads every role change.
 */
@Controller
class RoleChangePages {

	private static final PageAction DECISION = new PageAction("accounts.roleChange.invalid",
			"accounts.roleChange.conflict");

	private final RoleChanges roleChanges;

	RoleChangePages(RoleChanges roleChanges) {
		this.roleChanges = roleChanges;
	}

	/** {@code user} is the account's id, to go back to its page; a UUID, so it can lead nowhere else. */
	@PostMapping("/admin/role-changes/{id}/approval")
	String approve(@PathVariable UUID id, @RequestParam int version, @RequestParam UUID user,
			CurrentUser administrator, RedirectAttributes redirect) {
		requireConcerns(id, user);
		return DECISION.run("/admin/users/" + user, null, redirect, "accounts.roleChange.approved",
				() -> roleChanges.approve(id, version, administrator));
	}

	@PostMapping("/admin/role-changes/{id}/rejection")
	String reject(@PathVariable UUID id, @RequestParam int version, @RequestParam UUID user,
			CurrentUser administrator, RedirectAttributes redirect) {
		requireConcerns(id, user);
		return DECISION.run("/admin/users/" + user, null, redirect, "accounts.roleChange.rejected",
				() -> roleChanges.reject(id, version, administrator));
	}

	/** The account named to go back to must be the one the change is about; any other names no record here. */
	private void requireConcerns(UUID id, UUID user) {
		if (!roleChanges.concerns(id, user)) {
			throw new org.homeward.shared.UnknownReference("user", "input.unknownReference");
		}
	}

	@GetMapping("/audit/role-changes")
	String all(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("changes", roleChanges.all(new PageOf.Request(page, 50)));
		return "accounts/role-changes";
	}
}

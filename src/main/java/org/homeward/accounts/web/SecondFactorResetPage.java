package org.homeward.accounts.web;

import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.SecondFactors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator resets the second factors of a user who lost them (audited; the user is told). */
@Controller
class SecondFactorResetPage {

	private final SecondFactors secondFactors;

	SecondFactorResetPage(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@PostMapping("/admin/users/{id}/second-factors/reset")
	String reset(@PathVariable UUID id, CurrentUser administrator, RedirectAttributes redirect) {
		secondFactors.reset(id, administrator);
		redirect.addFlashAttribute("notice", "twoFactor.reset.done");
		return "redirect:/admin/users/" + id;
	}
}

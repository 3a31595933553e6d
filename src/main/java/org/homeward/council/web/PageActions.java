package org.homeward.council.web;

import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs one small action of a Council page (a button, a one-line form) and goes back to the page with a notice, or
 * with the reason it was refused: invalid input, a rule of the Council, or someone else's change meanwhile.
 */
final class PageActions {

	private PageActions() {
	}

	static String act(String back, BindingResult result, RedirectAttributes redirect, String notice, Runnable action) {
		if (result != null && result.hasErrors()) {
			redirect.addFlashAttribute("alert", "council.form.invalid");
			return "redirect:" + back;
		}
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("alert", "council.conflict");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:" + back;
	}
}

package org.homeward.shared.web;

import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs one small action of a page (a button, a one-line form) and goes back to the page with a notice, or with the
 * reason it was refused: invalid input, a rule, or someone else's change meanwhile. Each page names its own two
 * messages for the first and the last; a rule broken by one field names that field ({@code alertField}).
 *
 * @param invalid the message key for input that did not pass validation
 * @param conflict the message key for a record someone else changed since the page was shown
 */
public record PageAction(String invalid, String conflict) {

	/**
	 * Runs the action unless the form had errors, and redirects to {@code back}.
	 *
	 * @param result the form's validation result; none for a button without fields
	 */
	public String run(String back, BindingResult result, RedirectAttributes redirect, String notice,
			Runnable action) {
		if (result != null && result.hasErrors()) {
			redirect.addFlashAttribute("alert", invalid);
			return "redirect:" + back;
		}
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("alert", conflict);
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
			if (refused.field() != null) {
				redirect.addFlashAttribute("alertField", refused.field());
			}
		}
		return "redirect:" + back;
	}
}

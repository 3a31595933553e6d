package org.homeward.web;

import java.util.Locale;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseProjection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Help in the application: the user guide in the reader's language, each page linking to its part. Schools,
 * mahallas and civil-society organisations read their own short guide, in the plain words of their pages.
 */
@Controller
class HelpPages {

	private final HelpGuide guide;

	HelpPages(HelpGuide guide) {
		this.guide = guide;
	}

	@GetMapping("/help")
	String help(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("guide", guide.html(user == null || CaseProjection.speaksPlainly(user), locale));
		return "help";
	}
}

package org.homeward.web;

import java.util.Locale;

import org.homeward.accounts.CurrentUser;
import org.homeward.organizations.Organizations;
import org.homeward.shared.web.LanguageConfiguration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

/** What the layout of every page needs: the signed-in user, their navigation and organisation, the languages. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Organizations organizations;

	LayoutAdvice(Organizations organizations) {
		this.organizations = organizations;
	}

	@ModelAttribute
	void layout(org.springframework.ui.Model model, CurrentUser user, Locale locale) {
		if (model.containsAttribute("me")) {
			return;
		}
		model.addAttribute("me", user);
		model.addAttribute("navigation", Navigation.of(user));
		model.addAttribute("languages", LanguageConfiguration.LANGUAGES);
		model.addAttribute("myOrganization", user == null ? null
				: organizations.organization(user.organizationId()).map(o -> o.name(locale)).orElse(null));
		model.addAttribute("myRegion", user == null ? null
				: organizations.region(user.regionId()).map(r -> r.name(locale)).orElse(null));
	}

}

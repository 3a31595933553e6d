package org.homeward.council.web;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every Council page needs to know to show or hide the secretariat's forms; the services check again. */
@ControllerAdvice(basePackageClasses = CouncilPageModel.class)
class CouncilPageModel {

	@ModelAttribute("secretariat")
	boolean secretariat(CurrentUser user) {
		return user != null && user.has(Role.COUNCIL_SECRETARIAT);
	}
}

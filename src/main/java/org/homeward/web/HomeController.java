package org.homeward.web;

import org.homeward.accounts.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: who you are here and where you can go. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(CurrentUser user) {
		return "home";
	}
}

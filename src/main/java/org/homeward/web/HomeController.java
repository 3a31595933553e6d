package org.homeward.web;

import java.util.List;
import java.util.Locale;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Waiting;
import org.homeward.accounts.WaitingWork;
import org.homeward.organizations.Organizations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after sign-in: who you are here, and what waits for you, with counts and links; the places you
 * can go for those whose work does not come in queues.
 */
@Controller
class HomeController {

	private final List<WaitingWork> modules;
	private final Organizations organizations;

	HomeController(List<WaitingWork> modules, Organizations organizations) {
		this.modules = modules;
		this.organizations = organizations;
	}

	/** One line of the queue as the page shows it: its words already filled with the region's name, if any. */
	record Queue(String label, long count, String link, String regionName) {
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model, Locale locale) {
		List<Queue> waiting = modules.stream().flatMap(module -> module.waitingFor(user).stream())
				.map(w -> new Queue(w.label(), w.count(), w.link(), regionName(w, locale))).toList();
		model.addAttribute("waiting", waiting);
		return "home";
	}

	private String regionName(Waiting waiting, Locale locale) {
		return waiting.regionId() == null ? null
				: organizations.region(waiting.regionId()).map(r -> r.name(locale)).orElse(null);
	}
}

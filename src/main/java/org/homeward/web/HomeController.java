package org.homeward.web;

import java.util.List;
import java.util.Locale;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Waiting;
import org.homeward.accounts.WaitingWork;
import org.homeward.organizations.Organizations;
import org.homeward.reporting.Dashboard;
import org.homeward.reporting.DashboardCharts;
import org.homeward.reporting.Indicators;
import org.homeward.reporting.Quarter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first page after sign-in: who you are here, and what waits for you, with counts and links; coordinators and
 * the analyst find their indicators here too (the coordinators exact, for their country or region; the analyst under
 * suppression); the places you can go for those whose work comes in neither.
 */
@Controller
class HomeController {

	private final List<WaitingWork> modules;
	private final Organizations organizations;
	private final Indicators indicators;
	private final DashboardCharts charts;

	HomeController(List<WaitingWork> modules, Organizations organizations, Indicators indicators,
			DashboardCharts charts) {
		this.modules = modules;
		this.organizations = organizations;
		this.indicators = indicators;
		this.charts = charts;
	}

	/** One line of the queue as the page shows it: its words already filled with the region's name, if any. */
	record Queue(String label, long count, String link, String regionName) {
	}

	@GetMapping("/")
	String home(CurrentUser user, @RequestParam(required = false) String quarter, Model model, Locale locale) {
		List<Queue> waiting = modules.stream().flatMap(module -> module.waitingFor(user).stream())
				.map(w -> new Queue(w.label(), w.count(), w.link(), regionName(w, locale))).toList();
		model.addAttribute("waiting", waiting);
		if (Indicators.mayRead(user)) {
			Quarter chosen = indicators.chosen(quarter);
			Dashboard dashboard = indicators.dashboard(user, chosen, locale);
			model.addAttribute("dashboard", dashboard);
			model.addAttribute("charts", charts.of(dashboard, locale));
			model.addAttribute("threshold", indicators.threshold());
		}
		return "home";
	}

	private String regionName(Waiting waiting, Locale locale) {
		return waiting.regionId() == null ? null
				: organizations.region(waiting.regionId()).map(r -> r.name(locale)).orElse(null);
	}
}

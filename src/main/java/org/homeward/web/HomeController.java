package org.homeward.web;

import java.util.Locale;

import org.homeward.accounts.CurrentUser;
import org.homeward.reporting.Dashboard;
import org.homeward.reporting.Indicators;
import org.homeward.reporting.Quarter;
import org.homeward.reporting.DashboardCharts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first page after sign-in: who you are here and where you can go. Coordinators and the analyst find their
 * indicators here (the coordinators exact, for their country or region; the analyst under suppression).
 */
@Controller
class HomeController {

	private final Indicators indicators;
	private final DashboardCharts charts;

	HomeController(Indicators indicators, DashboardCharts charts) {
		this.indicators = indicators;
		this.charts = charts;
	}

	@GetMapping("/")
	String home(CurrentUser user, @RequestParam(required = false) String quarter, Model model, Locale locale) {
		if (Indicators.mayRead(user)) {
			Quarter chosen = indicators.chosen(quarter);
			Dashboard dashboard = indicators.dashboard(user, chosen, locale);
			model.addAttribute("dashboard", dashboard);
			model.addAttribute("charts", charts.of(dashboard, locale));
			model.addAttribute("threshold", indicators.threshold());
		}
		return "home";
	}
}

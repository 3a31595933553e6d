package org.homeward.council.indicators.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.council.ImplementationStatus;
import org.homeward.council.indicators.RegionalIndicators;
import org.homeward.council.indicators.RegisterNode;
import org.homeward.organizations.Organizations;
import org.homeward.reporting.FigureFormat;
import org.homeward.reporting.Indicator;
import org.homeward.reporting.Series;
import org.homeward.reporting.Shown;
import org.homeward.shared.Refused;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Council's comparison of the five states (an indicator side by side in the latest quarter and over time, from
 * the latest revision of each state's submissions) and the implementation of its recommendations per state; and the
 * register of nodes with the submissions received. Council roles only.
 */
@Controller
class ComparisonPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RegionalIndicators indicators;
	private final Organizations organizations;
	private final FigureFormat figures;
	private final MessageSource messages;

	ComparisonPages(RegionalIndicators indicators, Organizations organizations, FigureFormat figures,
			MessageSource messages) {
		this.indicators = indicators;
		this.organizations = organizations;
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping("/council/indicators")
	String comparison(CurrentUser user, @RequestParam(required = false) String series, Model model, Locale locale) {
		Series chosen = series(series);
		RegionalIndicators.Comparison comparison = indicators.comparison(user, chosen);
		Map<String, String> states = new LinkedHashMap<>();
		for (String code : RegionalIndicators.STATES) {
			// from the Council's bundles, which speak all seven languages; the registry names states in three
			states.put(code, messages.getMessage("hub.state." + code, null, locale));
		}
		String latest = comparison.latestQuarter();
		// side by side: each state's figure of the latest quarter
		List<Shown> latestValues = new ArrayList<>();
		for (String state : RegionalIndicators.STATES) {
			latestValues.add(shown(comparison.byState().get(state).get(latest)));
		}
		Map<String, List<Shown>> overTime = new LinkedHashMap<>();
		for (String state : RegionalIndicators.STATES) {
			overTime.put(states.get(state), comparison.quarters().stream()
					.map(q -> shown(comparison.byState().get(state).get(q))).toList());
		}
		List<RegionalIndicators.Implementation> implementation = indicators.implementation(user);
		Map<String, Object> stacked = new LinkedHashMap<>();
		stacked.put("categories", RegionalIndicators.STATES.stream().map(states::get).toList());
		List<Map<String, Object>> bars = new ArrayList<>();
		for (ImplementationStatus status : ImplementationStatus.values()) {
			Map<String, Object> bar = new LinkedHashMap<>();
			bar.put("status", status.name());
			bar.put("values", implementation.stream().map(i -> i.byStatus().get(status)).toList());
			bars.add(bar);
		}
		stacked.put("series", bars);
		boolean anyIllustrative = comparison.byState().values().stream().flatMap(m -> m.values().stream())
				.anyMatch(RegionalIndicators.Point::illustrative);
		model.addAttribute("comparison", comparison);
		model.addAttribute("series", chosen);
		model.addAttribute("allSeries", allSeries());
		model.addAttribute("states", states);
		model.addAttribute("latestChart", figures.chart("bar", new ArrayList<>(states.values()),
				Map.of(latest == null ? "" : latest, latestValues), chosen.indicator()));
		model.addAttribute("trendChart", figures.chart("line", comparison.quarters(), overTime, chosen.indicator()));
		model.addAttribute("implementation", implementation);
		model.addAttribute("implementationChart", JSON.writeValueAsString(stacked));
		model.addAttribute("statuses", ImplementationStatus.values());
		model.addAttribute("anyIllustrative", anyIllustrative);
		return "council/indicators";
	}

	@GetMapping("/council/nodes")
	String nodes(CurrentUser user, Model model) {
		model.addAttribute("nodes", indicators.nodes(user));
		model.addAttribute("submissions", indicators.submissions(user, null));
		if (!model.containsAttribute("registerNode")) {
			model.addAttribute("registerNode", new RegisterNode("", "", ""));
		}
		model.addAttribute("memberStates", organizations.memberStates());
		return "council/nodes";
	}

	@PostMapping("/council/nodes")
	String register(CurrentUser user, @Valid @ModelAttribute("registerNode") RegisterNode command,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				indicators.register(command, user);
				redirect.addFlashAttribute("notice", "hub.node.saved");
				return "redirect:/council/nodes";
			}
			catch (Refused e) {
				errors.rejectValue("publicJwk", e.messageKey());
			}
		}
		return nodes(user, model);
	}

	@PostMapping("/council/nodes/{id}/deactivation")
	String deactivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		indicators.deactivate(id, user);
		redirect.addFlashAttribute("notice", "hub.node.deactivated");
		return "redirect:/council/nodes";
	}

	@ModelAttribute("mayRegister")
	boolean mayRegister(CurrentUser user) {
		return user != null && user.has(Role.COUNCIL_SECRETARIAT);
	}

	private static Shown shown(RegionalIndicators.Point point) {
		if (point == null) {
			return Shown.NOTHING;
		}
		return new Shown(point.withheld() ? null : point.value(), point.withheld(), null);
	}

	private static Series series(String text) {
		if (text != null) {
			String[] parts = text.split(":", 2);
			try {
				Indicator indicator = Indicator.valueOf(parts[0]);
				String category = parts.length > 1 ? parts[1] : indicator.categories().get(0);
				if (indicator.categories().contains(category)) {
					return new Series(indicator, category);
				}
			}
			catch (IllegalArgumentException e) {
				// the first series
			}
		}
		return Series.of(Indicator.RETURNED);
	}

	private static List<Series> allSeries() {
		List<Series> all = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			for (String category : indicator.categories()) {
				all.add(new Series(indicator, category));
			}
		}
		return all;
	}
}

package org.homeward.referrals.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.accounts.CurrentUser;
import org.homeward.referrals.CommunityWork;
import org.homeward.referrals.ServiceDelivery;
import org.homeward.referrals.ServiceProviders;
import org.homeward.referrals.ServiceType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages of a receiving organisation's people (a mahalla mentor, a CSO worker, a specialist service): their tasks,
 * and each task with the minimal profile of the person and the log of what was done.
 */
@Controller
class CommunityPages {

	private final CommunityWork work;
	private final ServiceProviders providers;

	CommunityPages(CommunityWork work, ServiceProviders providers) {
		this.work = work;
		this.providers = providers;
	}

	@GetMapping("/community")
	String tasks(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("tasks", work.tasks(user));
		model.addAttribute("services", serviceNames(locale));
		return "referrals/tasks";
	}

	@GetMapping("/community/tasks/{referralId}")
	String task(@PathVariable UUID referralId, CurrentUser user, Model model, Locale locale) {
		CommunityWork.Task task = work.task(referralId, user);
		model.addAttribute("task", task);
		model.addAttribute("services", serviceNames(locale));
		model.addAttribute("activities", ServiceDelivery.activitiesFor(task.section()));
		model.addAttribute("outcomes", ServiceDelivery.Outcome.values());
		model.addAttribute("today", LocalDate.now());
		return "referrals/task";
	}

	private Map<String, String> serviceNames(Locale locale) {
		return providers.catalogue().keySet().stream().collect(Collectors.toMap(ServiceType::code, s -> s.name(locale)));
	}
}

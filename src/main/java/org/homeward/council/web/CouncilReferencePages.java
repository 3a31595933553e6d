package org.homeward.council.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.council.Meetings;
import org.homeward.council.ReferenceCommands.EditWorkingGroup;
import org.homeward.council.ReferenceCommands.WorkingGroupDetails;
import org.homeward.council.RoleInMeeting;
import org.homeward.council.WorkingGroup;
import org.homeward.council.WorkingGroups;
import org.homeward.organizations.Organization;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Council's reference data: the member states, the organisations with their role in each meeting (of those the
 * reader sees), and the working groups, which the secretariat keeps.
 */
@Controller
@RequestMapping("/council/reference")
class CouncilReferencePages {

	private final Meetings meetings;
	private final WorkingGroups workingGroups;
	private final CouncilChoices choices;

	CouncilReferencePages(Meetings meetings, WorkingGroups workingGroups, CouncilChoices choices) {
		this.meetings = meetings;
		this.workingGroups = workingGroups;
		this.choices = choices;
	}

	@GetMapping
	String reference(CurrentUser user, Model model, Locale locale) {
		List<RoleInMeeting> roles = meetings.rolesInMeetings(user);
		Map<Organization, List<RoleInMeeting>> byOrganization = new LinkedHashMap<>();
		for (Organization o : choices.councilOrganizations(locale)) {
			List<RoleInMeeting> of = roles.stream().filter(r -> r.organizationId().equals(o.id())).toList();
			if (!of.isEmpty()) {
				byOrganization.put(o, new ArrayList<>(of));
			}
		}
		model.addAttribute("rolesByOrganization", byOrganization);
		model.addAttribute("groups", workingGroups.all(user));
		model.addAttribute("secretariat", user.has(Role.COUNCIL_SECRETARIAT));
		if (!model.containsAttribute("edit")) {
			model.addAttribute("edit", new EditWorkingGroup(0, new WorkingGroupDetails("", "", "", null, null)));
		}
		choices.addTo(model, locale);
		return "council/reference";
	}

	@PostMapping("/working-groups")
	String create(@Valid @ModelAttribute("edit") EditWorkingGroup edit, BindingResult result, CurrentUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				workingGroups.create(edit.group(), user);
				redirect.addFlashAttribute("notice", "council.workingGroup.created");
				return "redirect:/council/reference#working-groups";
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		return reference(user, model, locale);
	}

	@GetMapping("/working-groups/{id}/edit")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		if (!user.has(Role.COUNCIL_SECRETARIAT)) {
			throw new org.springframework.security.access.AccessDeniedException("the secretariat keeps working groups");
		}
		WorkingGroup g = workingGroups.group(id, user);
		model.addAttribute("group", g);
		model.addAttribute("edit", new EditWorkingGroup(g.version(), new WorkingGroupDetails(g.nameEn(), g.nameRu(),
				g.nameUz(), g.description(), g.members().stream().map(Organization::id)
						.collect(java.util.stream.Collectors.toSet()))));
		choices.addTo(model, locale);
		return "council/working-group-form";
	}

	@PostMapping("/working-groups/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("edit") EditWorkingGroup edit, BindingResult result,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				workingGroups.edit(id, edit, user);
				redirect.addFlashAttribute("notice", "council.workingGroup.saved");
				return "redirect:/council/reference#working-groups";
			}
			catch (StaleVersion stale) {
				result.reject("council.conflict");
				model.addAttribute("edit", new EditWorkingGroup(workingGroups.group(id, user).version(), edit.group()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("group", workingGroups.group(id, user));
		choices.addTo(model, locale);
		return "council/working-group-form";
	}
}

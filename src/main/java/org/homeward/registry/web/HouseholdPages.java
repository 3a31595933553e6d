package org.homeward.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.registry.AddMember;
import org.homeward.registry.EditHousehold;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdDetails;
import org.homeward.registry.HouseholdRegistry;
import org.homeward.registry.PersonRegistry;
import org.homeward.registry.PersonSearch;
import org.homeward.registry.PersonSummary;
import org.homeward.shared.PageOf;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's household pages: list, create, edit, members. */
@Controller
@RequestMapping("/registry/households")
class HouseholdPages {

	private final HouseholdRegistry households;
	private final PersonRegistry persons;
	private final RegistryChoices choices;

	HouseholdPages(HouseholdRegistry households, PersonRegistry persons, RegistryChoices choices) {
		this.households = households;
		this.persons = persons;
		this.choices = choices;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("households", households.list(new PageOf.Request(page, PageOf.DEFAULT_SIZE), user));
		choices.addTo(model, user, locale);
		return "registry/households";
	}

	@GetMapping("/new")
	String newForm(CurrentUser user, Model model, Locale locale) {
		model.addAttribute("edit", new EditHousehold(0, new HouseholdDetails("", user.regionId(), null, null)));
		choices.addTo(model, user, locale);
		return "registry/household-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("edit") EditHousehold edit, BindingResult result, CurrentUser user,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Household household = households.create(edit.household(), user);
				redirect.addFlashAttribute("notice", "household.created");
				return "redirect:/registry/households/" + household.id();
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		choices.addTo(model, user, locale);
		return "registry/household-form";
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		model.addAttribute("household", households.view(id, user));
		model.addAttribute("candidates", List.of());
		choices.addTo(model, user, locale);
		return "registry/household";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		Household household = households.view(id, user);
		model.addAttribute("household", household);
		model.addAttribute("edit", new EditHousehold(household.version(), household.details()));
		choices.addTo(model, user, locale);
		return "registry/household-form";
	}

	@PostMapping("/{id}")
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("edit") EditHousehold edit, BindingResult result,
			CurrentUser user, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				households.edit(id, edit, user);
				redirect.addFlashAttribute("notice", "household.saved");
				return "redirect:/registry/households/" + id;
			}
			catch (StaleVersion stale) {
				Household current = households.view(id, user);
				result.reject("conflict.household", new Object[] { current.updatedBy() }, null);
				model.addAttribute("stored", current.details());
				model.addAttribute("edit", new EditHousehold(current.version(), edit.household()));
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("household", households.view(id, user));
		choices.addTo(model, user, locale);
		return "registry/household-form";
	}

	/** People who could join the household: a name search within scope, answered as a fragment for htmx. */
	@PostMapping("/{id}/candidates")
	String candidates(@PathVariable UUID id, @RequestParam(defaultValue = "") String name, CurrentUser user,
			Model model, Locale locale) {
		List<PersonSummary> found = name.isBlank() || name.length() > 200 ? List.of()
				: persons.search(new PersonSearch(name, null, null, 0, 10), user).items();
		model.addAttribute("household", households.view(id, user));
		model.addAttribute("candidates", found);
		choices.addTo(model, user, locale);
		return "registry/household :: candidates";
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute AddMember member, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("alert", "household.member.invalid");
			return "redirect:/registry/households/" + id;
		}
		try {
			households.addMember(id, member, user);
			redirect.addFlashAttribute("notice", "household.member.added");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:/registry/households/" + id;
	}

	@PostMapping("/{id}/members/{personId}/remove")
	String removeMember(@PathVariable UUID id, @PathVariable UUID personId, CurrentUser user,
			RedirectAttributes redirect) {
		households.removeMember(id, personId, user);
		redirect.addFlashAttribute("notice", "household.member.removed");
		return "redirect:/registry/households/" + id;
	}
}

package org.homeward.organizations.web;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.homeward.organizations.Country;
import org.homeward.organizations.NewOrganization;
import org.homeward.organizations.OrganizationType;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Sector;
import org.homeward.shared.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's reference data: organisations, states and their regions. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganizationAdminController {

	private final Organizations organizations;

	OrganizationAdminController(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/admin/organizations")
	String list(Model model, Locale locale) {
		model.addAttribute("organizations", organizations.organizations(locale));
		model.addAttribute("countries", organizations.countries());
		model.addAttribute("organization",
				new NewOrganization(null, "", "", "", null, null, organizations.nodeCountry(), null));
		addChoices(model);
		return "organizations/organizations";
	}

	@PostMapping("/admin/organizations")
	String create(@Valid @ModelAttribute("organization") NewOrganization organization, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				organizations.create(organization);
				redirect.addFlashAttribute("notice", "organization.created");
				return "redirect:/admin/organizations";
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		model.addAttribute("organizations", organizations.organizations(locale));
		model.addAttribute("countries", organizations.countries());
		addChoices(model);
		return "organizations/organizations";
	}

	@GetMapping("/admin/regions")
	String regions(Model model) {
		model.addAttribute("countries", organizations.memberStates());
		model.addAttribute("regionsByCountry", organizations.memberStates().stream()
				.collect(Collectors.toMap(Country::code, c -> organizations.regions(c.code()))));
		return "organizations/regions";
	}

	private void addChoices(Model model) {
		model.addAttribute("types", OrganizationType.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("regions", organizations.nodeRegions());
	}
}

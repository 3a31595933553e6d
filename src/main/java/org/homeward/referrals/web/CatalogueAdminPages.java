package org.homeward.referrals.web;

import java.util.Locale;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.organizations.Organizations;
import org.homeward.referrals.ServiceProviders;
import org.homeward.shared.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of the service catalogue: which organisation provides which service. */
@Controller
class CatalogueAdminPages {

	private final ServiceProviders providers;
	private final Organizations organizations;

	CatalogueAdminPages(ServiceProviders providers, Organizations organizations) {
		this.providers = providers;
		this.organizations = organizations;
	}

	@GetMapping("/admin/services")
	String catalogue(Model model, Locale locale) {
		model.addAttribute("catalogue", providers.catalogue());
		model.addAttribute("organizations", organizations.organizations(locale));
		return "referrals/catalogue";
	}

	@PostMapping("/admin/services")
	String provide(@RequestParam UUID organizationId, @RequestParam String serviceCode, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			providers.provide(organizationId, serviceCode, user);
			redirect.addFlashAttribute("notice", "catalogue.added");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:/admin/services";
	}
}

package org.homeward.accounts.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.NewUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.RoleChanges;
import org.homeward.accounts.UserAccount;
import org.homeward.accounts.UserChanges;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Sector;
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

/**
 * The administrator's pages for user accounts: list, create, change roles and placement, deactivate; and what waits
 * for a second administrator.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	/** Refusals about the roles chosen, shown at the roles rather than above the form. */
	private static final Set<String> ROLE_REFUSALS = Set.of("accounts.roles.administratorWithPersonalData",
			"accounts.self.roles", "accounts.roleChange.alreadyPending");

	private final Accounts accounts;
	private final RoleChanges roleChanges;
	private final Organizations organizations;

	UserAdminController(Accounts accounts, RoleChanges roleChanges, Organizations organizations) {
		this.accounts = accounts;
		this.roleChanges = roleChanges;
		this.organizations = organizations;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("users", accounts.all());
		model.addAttribute("waiting", roleChanges.waiting());
		addChoices(model, locale);
		return "accounts/users";
	}

	@GetMapping("/new")
	String newUser(Model model, Locale locale) {
		model.addAttribute("user", new NewUser("", "", "", null, EnumSet.noneOf(Role.class), null, null, null));
		addChoices(model, locale);
		return "accounts/user-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("user") NewUser user, BindingResult result, CurrentUser administrator,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UserAccount created = accounts.create(user, administrator);
				redirect.addFlashAttribute("notice",
						created.roles().containsAll(user.roles()) ? "user.created" : "accounts.created.waiting");
				return "redirect:/admin/users/" + created.id();
			}
			catch (Refused refused) {
				reject(result, refused);
			}
		}
		addChoices(model, locale);
		return "accounts/user-new";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		UserAccount account = accounts.account(id);
		model.addAttribute("changes", changesOf(account));
		model.addAttribute("reset", new PasswordReset(""));
		return userPage(account, model, locale);
	}

	private String userPage(UserAccount account, Model model, Locale locale) {
		model.addAttribute("account", account);
		model.addAttribute("waiting", roleChanges.waitingFor(account.id()));
		addChoices(model, locale);
		return "accounts/user-edit";
	}

	private static UserChanges changesOf(UserAccount account) {
		return new UserChanges(account.version(), account.displayName(), account.email(), account.roles(),
				account.organizationId(), account.regionId(), account.sector());
	}

	@PostMapping("/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("changes") UserChanges changes, BindingResult result,
			CurrentUser administrator, Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean waits = accounts.change(id, changes, administrator).isPresent();
				redirect.addFlashAttribute("notice", waits ? "accounts.saved.waiting" : "user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (StaleVersion stale) {
				result.reject("conflict.user");
			}
			catch (Refused refused) {
				reject(result, refused);
			}
		}
		model.addAttribute("reset", new PasswordReset(""));
		return userPage(accounts.account(id), model, locale);
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable UUID id, @RequestParam int version, @RequestParam boolean active,
			CurrentUser administrator, RedirectAttributes redirect) {
		try {
			accounts.setActive(id, version, active, administrator);
			redirect.addFlashAttribute("notice", active ? "user.activated" : "user.deactivated");
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("alert", "conflict.user");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute("reset") PasswordReset reset,
			BindingResult result, CurrentUser administrator, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean waits = accounts.resetPassword(id, reset.temporaryPassword(), administrator).isPresent();
				redirect.addFlashAttribute("notice", waits ? "accounts.passwordReset.waiting" : "user.passwordReset");
				return "redirect:/admin/users/" + id;
			}
			catch (Refused refused) {
				result.reject(refused.messageKey());
			}
		}
		UserAccount account = accounts.account(id);
		model.addAttribute("changes", changesOf(account));
		return userPage(account, model, locale);
	}

	private static void reject(BindingResult result, Refused refused) {
		if (ROLE_REFUSALS.contains(refused.messageKey())) {
			result.rejectValue("roles", refused.messageKey());
		}
		else {
			result.reject(refused.messageKey());
		}
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organizations", organizations.organizations(locale));
		model.addAttribute("regions", organizations.nodeRegions());
		model.addAttribute("sectors", Sector.CASE_SECTORS);
	}

	record PasswordReset(@NotBlank @Size(min = 12, max = 64, message = "{validation.size.between}") String temporaryPassword) {
	}
}

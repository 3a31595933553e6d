package org.homeward.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.internal.SessionPrincipal;
import org.homeward.shared.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page and each user's own password. */
@Controller
class SignInController {

	private final Accounts accounts;
	private final String ssoRegistration;
	private final String ssoName;

	SignInController(Accounts accounts, @Value("${homeward.sso.registration-id:}") String ssoRegistration,
			@Value("${homeward.sso.name:}") String ssoName) {
		this.accounts = accounts;
		this.ssoRegistration = ssoRegistration;
		this.ssoName = ssoName;
	}

	@GetMapping("/login")
	String signIn(CurrentUser user, Model model) {
		if (!ssoRegistration.isBlank()) {
			model.addAttribute("ssoPath", "/oauth2/authorization/" + ssoRegistration);
			model.addAttribute("ssoName", ssoName.isBlank() ? ssoRegistration : ssoName);
		}
		return user == null ? "accounts/login" : "redirect:/";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("change", new PasswordChange("", "", ""));
		return "accounts/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("change") PasswordChange change, BindingResult result, CurrentUser user,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && !change.newPassword().equals(change.repeatedPassword())) {
			result.rejectValue("repeatedPassword", "password.repeat.mismatch");
		}
		if (result.hasErrors()) {
			return "accounts/password";
		}
		try {
			accounts.changeOwnPassword(user, change.currentPassword(), change.newPassword());
		}
		catch (Refused refused) {
			result.reject(refused.messageKey());
			return "accounts/password";
		}
		SessionPrincipal.passwordChanged(request, response);
		redirect.addFlashAttribute("notice", "password.changed");
		return "redirect:/";
	}

	record PasswordChange(
			@NotBlank @Size(max = 64) String currentPassword,
			@NotBlank @Size(min = 12, max = 64, message = "{validation.size.between}") String newPassword,
			@NotBlank @Size(max = 64) String repeatedPassword) {
	}
}

package org.homeward.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.accounts.ApiToken;
import org.homeward.accounts.ApiTokens;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.shared.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user's personal API tokens and calendar-feed addresses: made here, shown once, revoked here. */
@Controller
class TokenPages {

	private final ApiTokens tokens;
	private final String baseUrl;

	TokenPages(ApiTokens tokens, @Value("${homeward.base-url:http://localhost:8080}") String baseUrl) {
		this.tokens = tokens;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/account/tokens")
	String list(CurrentUser user, Model model) {
		if (!model.containsAttribute("request")) {
			model.addAttribute("request", new NewToken("", ApiToken.Scope.READ_ONLY, 90));
		}
		return page(user, model);
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("tokens", tokens.mine(user));
		model.addAttribute("scopes", ApiToken.Scope.values());
		model.addAttribute("council", user.hasAny(Role.COUNCIL_SECRETARIAT, Role.COUNCIL_MEMBER));
		model.addAttribute("now", java.time.Instant.now());
		return "accounts/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@Valid @ModelAttribute("request") NewToken request, BindingResult result, CurrentUser user,
			Model model) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		try {
			ApiToken.Issued issued = tokens.create(user, request.name(), request.scope(), request.days());
			model.addAttribute("issued", issued);
		}
		catch (Refused refused) {
			result.reject(refused.messageKey());
		}
		return page(user, model);
	}

	@PostMapping("/account/tokens/calendar")
	String createCalendarFeed(CurrentUser user, Model model) {
		ApiToken.Issued issued = tokens.createCalendarFeed(user, "Council calendar");
		model.addAttribute("issued", issued);
		model.addAttribute("feedAddress", baseUrl + "/feeds/" + issued.secret() + "/council.ics");
		model.addAttribute("request", new NewToken("", ApiToken.Scope.READ_ONLY, 90));
		return page(user, model);
	}

	@PostMapping("/account/tokens/{id}/revocation")
	String revoke(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
		tokens.revoke(user, id);
		redirect.addFlashAttribute("notice", "token.revoked");
		return "redirect:/account/tokens";
	}

	record NewToken(@NotBlank @Size(max = 80) String name, @NotNull ApiToken.Scope scope,
			@NotNull @Min(1) @Max(365) Integer days) {
	}
}

package org.homeward.audit.web;

import java.util.List;

import jakarta.validation.Valid;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditChain;
import org.homeward.audit.AuditFilter;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.checkpoint.AuditCheckpoints;
import org.homeward.shared.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's view of the trail: entries with filters, and a verification of the whole hash chain. The filter
 * holds no personal data (user names, record identifiers), so it may travel in the URL and be bookmarked.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

	private final AuditTrail audit;
	private final AuditCheckpoints checkpoints;

	AuditPages(AuditTrail audit, AuditCheckpoints checkpoints) {
		this.audit = audit;
		this.checkpoints = checkpoints;
	}

	@GetMapping("/audit")
	String trail(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", result.hasErrors() ? new PageOf<>(List.of(), 0, 50, 0)
				: audit.search(filter, new PageOf.Request(page, 50)));
		model.addAttribute("actions", AuditAction.values());
		return "audit/trail";
	}

	@PostMapping("/audit/verify")
	String verify(Authentication authentication, Model model) {
		AuditChain.Verification outcome = audit.verify(auditor(authentication));
		model.addAttribute("verification", outcome);
		// the chain cannot show that its newest entries were removed; the signed checkpoints outside the database can
		model.addAttribute("anchoring", checkpoints.verify());
		model.addAttribute("filter", AuditFilter.none());
		model.addAttribute("entries", audit.search(AuditFilter.none(), new PageOf.Request(0, 50)));
		model.addAttribute("actions", AuditAction.values());
		return "audit/trail";
	}

	/** The audit module does not know the accounts module; the authentication says enough for the trail. */
	private static Actor auditor(Authentication authentication) {
		// Only the roles: Spring Security also grants factor authorities (FACTOR_PASSWORD), which are not roles.
		String roles = String.join(",", authentication.getAuthorities().stream().map(a -> a.getAuthority())
				.filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).sorted()
				.toList());
		return new Actor(authentication.getName(), roles, null);
	}
}

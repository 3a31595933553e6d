package org.homeward.cases.web;

import java.time.Duration;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.BreakTheGlass;
import org.homeward.cases.EmergencyAccess;
import org.homeward.cases.Section;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Break-the-glass on the pages: asking for emergency access, and the auditor's review queue. */
@Controller
class EmergencyAccessPages {

	private final BreakTheGlass breakTheGlass;

	EmergencyAccessPages(BreakTheGlass breakTheGlass) {
		this.breakTheGlass = breakTheGlass;
	}

	@GetMapping("/cases/emergency-access")
	String form(@RequestParam(required = false) String caseNumber, CurrentUser user, Model model) {
		if (!BreakTheGlass.mayAsk(user)) {
			throw new AccessDeniedException("no case work");
		}
		model.addAttribute("caseNumber", caseNumber);
		model.addAttribute("sections", BreakTheGlass.openable(user));
		model.addAttribute("longest", breakTheGlass.longest().toHours());
		return "cases/emergency-access";
	}

	/** The case named by its number, shown by its minimal profile for the one asking to confirm it. */
	@PostMapping("/cases/emergency-access/confirm")
	String confirm(@RequestParam String caseNumber, @RequestParam Section section, @RequestParam String reason,
			@RequestParam(defaultValue = "4") int hours, CurrentUser user, Model model) {
		try {
			model.addAttribute("confirmation", breakTheGlass.confirm(caseNumber, section, user));
			model.addAttribute("reason", reason);
			model.addAttribute("hours", hours);
			return "cases/emergency-confirm";
		}
		catch (Refused refused) {
			model.addAttribute("alert", refused.messageKey());
		}
		catch (RecordNotFound notFound) {
			model.addAttribute("alert", "emergency.case.unknown");
		}
		model.addAttribute("caseNumber", caseNumber);
		model.addAttribute("chosenSection", section);
		model.addAttribute("reason", reason);
		model.addAttribute("sections", BreakTheGlass.openable(user));
		model.addAttribute("longest", breakTheGlass.longest().toHours());
		return "cases/emergency-access";
	}

	@PostMapping("/cases/emergency-access")
	String request(@RequestParam UUID caseId, @RequestParam Section section, @RequestParam String reason,
			@RequestParam(defaultValue = "4") int hours, CurrentUser user, RedirectAttributes redirect) {
		try {
			breakTheGlass.request(caseId, section, reason, Duration.ofHours(Math.max(1, Math.min(hours, 24))), user);
			redirect.addFlashAttribute("notice", "emergency.granted");
			return "redirect:/cases/" + caseId + "#section-" + section;
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		catch (RecordNotFound notFound) {
			// a case number typed by hand: back to the form, naming the field
			redirect.addFlashAttribute("alert", "emergency.case.unknown");
			redirect.addFlashAttribute("alertField", "caseId");
		}
		return "redirect:/cases/emergency-access";
	}

	@GetMapping("/audit/emergency-access")
	String queue(@RequestParam(defaultValue = "true") boolean pending, CurrentUser user, Model model) {
		model.addAttribute("grants", breakTheGlass.queue(pending, user));
		model.addAttribute("pending", pending);
		return "cases/emergency-queue";
	}

	@PostMapping("/audit/emergency-access/{id}/review")
	String review(@PathVariable UUID id, @RequestParam int version, @RequestParam EmergencyAccess.Review verdict,
			@RequestParam(required = false) String note, CurrentUser user, RedirectAttributes redirect) {
		try {
			breakTheGlass.review(id, version, verdict, note, user);
			redirect.addFlashAttribute("notice", "emergency.reviewed");
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("alert", "conflict.case");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:/audit/emergency-access";
	}
}

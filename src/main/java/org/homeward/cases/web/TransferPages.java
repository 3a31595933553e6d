package org.homeward.cases.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseTransfers;
import org.homeward.shared.Refused;
import org.homeward.shared.web.PageAction;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transfers on the pages: asked from the case, decided from the receiving coordinator's caseload. */
@Controller
class TransferPages {

	/** How the coordinator's decision answers input that did not validate and a change made meanwhile. */
	private static final PageAction CASE_FORM = new PageAction("case.form.invalid", "conflict.case");

	private final CaseTransfers transfers;

	TransferPages(CaseTransfers transfers) {
		this.transfers = transfers;
	}

	@PostMapping("/cases/{id}/transfers")
	String request(@PathVariable UUID id, @Valid @ModelAttribute CaseTransfers.RequestTransfer request,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("alert", "case.form.invalid");
		}
		else {
			try {
				transfers.request(id, request, user);
				redirect.addFlashAttribute("notice", "transfer.requested");
			}
			catch (Refused refused) {
				redirect.addFlashAttribute("alert", refused.messageKey());
			}
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/transfers/{id}/decision")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute CaseTransfers.DecideTransfer decision,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		String notice = Boolean.TRUE.equals(decision.accept()) ? "transfer.accepted" : "transfer.declined";
		return CASE_FORM.run("/cases", result, redirect, notice, () -> transfers.decide(id, decision, user));
	}
}

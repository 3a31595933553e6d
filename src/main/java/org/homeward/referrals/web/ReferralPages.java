package org.homeward.referrals.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseAccess;
import org.homeward.organizations.OrganizationType;
import org.homeward.organizations.Organizations;
import org.homeward.referrals.Commands;
import org.homeward.referrals.Consent;
import org.homeward.referrals.Consents;
import org.homeward.referrals.Purpose;
import org.homeward.referrals.ReferralStatus;
import org.homeward.referrals.Referrals;
import org.homeward.referrals.ServiceDelivery;
import org.homeward.referrals.ServiceProviders;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.homeward.shared.web.PageAction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A case's consents and referrals, for its case manager and readers; and the receiving organisation's actions on a
 * referral, which come back to the page they were taken from.
 */
@Controller
class ReferralPages {

	/** How the case's forms answer input that did not validate and a change made meanwhile. */
	private static final PageAction CASE_FORM = new PageAction("case.form.invalid", "conflict.case");
	private static final PageAction REFERRAL_FORM = new PageAction("referral.form.invalid", "conflict.case");

	private final Referrals referrals;
	private final Consents consents;
	private final ServiceProviders providers;
	private final CaseAccess access;
	private final Organizations organizations;

	ReferralPages(Referrals referrals, Consents consents, ServiceProviders providers, CaseAccess access,
			Organizations organizations) {
		this.referrals = referrals;
		this.consents = consents;
		this.providers = providers;
		this.access = access;
		this.organizations = organizations;
	}

	@GetMapping("/cases/{caseId}/referrals")
	String page(@PathVariable UUID caseId, CurrentUser user, Model model, Locale locale) {
		var grant = access.grant(caseId, user);
		model.addAttribute("header", access.header(caseId, user));
		model.addAttribute("grant", grant);
		model.addAttribute("consents", Consents.readable(grant) ? consents.ofCase(caseId, user) : null);
		model.addAttribute("referrals", referrals.ofCase(caseId, user));
		model.addAttribute("deliveries", referrals.deliveries(caseId, user).stream()
				.filter(d -> d.referralId() != null)
				.collect(Collectors.groupingBy(ServiceDelivery::referralId)));
		model.addAttribute("catalogue", providers.catalogue());
		model.addAttribute("organizations", organizations.organizations(locale));
		model.addAttribute("organizationTypes", OrganizationType.values());
		model.addAttribute("purposes", Purpose.values());
		boolean child = grant.caseManager() && access.facts(caseId, user).isChild(LocalDate.now());
		model.addAttribute("child", child);
		// a child's consent is the guardian's, with the child's own view beside it
		model.addAttribute("givenBy", child ? List.of(Consent.GivenBy.GUARDIAN) : List.of(Consent.GivenBy.values()));
		model.addAttribute("today", LocalDate.now());
		return "referrals/case-referrals";
	}

	@PostMapping("/cases/{caseId}/consents")
	String recordConsent(@PathVariable UUID caseId, @RequestParam Consent.GivenBy givenBy,
			@RequestParam(required = false) String guardianName, @RequestParam(required = false) String childView,
			@RequestParam(required = false) Set<OrganizationType> organizationTypes,
			@RequestParam(required = false) Set<Purpose> purposes, @RequestParam LocalDate givenOn,
			@RequestParam(required = false) LocalDate validUntil, @RequestParam(required = false) MultipartFile evidence,
			CurrentUser user, RedirectAttributes redirect)
			throws IOException {
		var command = new Commands.RecordConsent(givenBy, guardianName, childView,
				organizationTypes == null ? Set.of() : organizationTypes, purposes == null ? Set.of() : purposes,
				givenOn, validUntil);
		if (command.organizationTypes().isEmpty() || command.purposes().isEmpty()) {
			redirect.addFlashAttribute("alert", "consent.scope.required");
			return "redirect:" + referralsOf(caseId);
		}
		byte[] file = evidence == null || evidence.isEmpty() ? null : evidence.getBytes();
		String name = evidence == null ? null : evidence.getOriginalFilename();
		return CASE_FORM.run(referralsOf(caseId), null, redirect, "consent.recorded",
				() -> consents.record(caseId, command, name, file, user));
	}

	@PostMapping("/cases/{caseId}/consents/{consentId}/withdraw")
	String withdraw(@PathVariable UUID caseId, @PathVariable UUID consentId,
			@Valid @ModelAttribute Commands.WithdrawConsent command, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		return CASE_FORM.run(referralsOf(caseId), result, redirect, "consent.withdrawn",
				() -> consents.withdraw(caseId, consentId, command, user));
	}

	@GetMapping("/cases/{caseId}/consents/{consentId}/evidence")
	ResponseEntity<byte[]> evidence(@PathVariable UUID caseId, @PathVariable UUID consentId, CurrentUser user) {
		var evidence = consents.evidence(caseId, consentId, user);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(evidence.type()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"consent-evidence\"")
				.body(evidence.content());
	}

	@PostMapping("/cases/{caseId}/referrals")
	String refer(@PathVariable UUID caseId, @Valid @ModelAttribute Commands.Refer command, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		return REFERRAL_FORM.run(referralsOf(caseId), result, redirect, "referral.sent",
				() -> referrals.refer(caseId, command, user));
	}

	/** The receiving organisation moves a referral on; {@code from} is the page to come back to. */
	@PostMapping("/referrals/{referralId}/move")
	String move(@PathVariable UUID referralId, @RequestParam int version, @RequestParam ReferralStatus target,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "task") String from,
			CurrentUser user, RedirectAttributes redirect) {
		try {
			var moved = referrals.move(referralId, new Commands.MoveReferral(version, target, reason), user);
			redirect.addFlashAttribute("notice", "referral.moved");
			if (!moved.status().isOpen()) {
				return "redirect:/community";
			}
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("alert", "conflict.referral");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:/community/tasks/" + referralId;
	}

	@PostMapping("/referrals/{referralId}/deliveries")
	String recordDelivery(@PathVariable UUID referralId, @Valid @ModelAttribute Commands.RecordDelivery command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("alert", "delivery.form.invalid");
		}
		else {
			try {
				referrals.recordDelivery(referralId, command, user);
				redirect.addFlashAttribute("notice", "delivery.recorded");
			}
			catch (Refused refused) {
				redirect.addFlashAttribute("alert", refused.messageKey());
			}
		}
		return "redirect:/community/tasks/" + referralId;
	}

	private static String referralsOf(UUID caseId) {
		return "/cases/" + caseId + "/referrals";
	}

}

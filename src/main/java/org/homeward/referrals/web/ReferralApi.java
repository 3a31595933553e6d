package org.homeward.referrals.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.referrals.Commands;
import org.homeward.referrals.CommunityWork;
import org.homeward.referrals.Consent;
import org.homeward.referrals.Consents;
import org.homeward.referrals.Referral;
import org.homeward.referrals.Referrals;
import org.homeward.referrals.ServiceDelivery;
import org.homeward.referrals.ServiceProviders;
import org.homeward.referrals.ServiceType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Services, consent, referrals and community tasks over HTTP, with the rules of the pages. */
@RestController
@Tag(name = "Referrals and consent", description = "Whole-of-society work: services, consent, referrals, tasks")
@Validated
class ReferralApi {

	private final Referrals referrals;
	private final Consents consents;
	private final CommunityWork work;
	private final ServiceProviders providers;

	ReferralApi(Referrals referrals, Consents consents, CommunityWork work, ServiceProviders providers) {
		this.referrals = referrals;
		this.consents = consents;
		this.work = work;
		this.providers = providers;
	}

	@GetMapping("/api/v1/services")
	@Operation(summary = "The service catalogue with the organisations that provide each service")
	List<Map<String, Object>> services() {
		return providers.catalogue().entrySet().stream().map(e -> {
			Map<String, Object> service = new LinkedHashMap<>();
			ServiceType type = e.getKey();
			service.put("code", type.code());
			service.put("section", type.section());
			service.put("purpose", type.purpose());
			service.put("name", Map.of("en", type.nameEn(), "ru", type.nameRu(), "uz", type.nameUz()));
			service.put("providers", e.getValue().stream().map(o -> Map.of("id", o.id(), "name", o.nameEn(), "type",
					o.type())).toList());
			return service;
		}).toList();
	}

	@GetMapping("/api/v1/cases/{caseId}/consents")
	@Operation(summary = "The consents of the case's person")
	List<Consent> consents(@PathVariable UUID caseId, CurrentUser user) {
		return consents.ofCase(caseId, user);
	}

	@PostMapping("/api/v1/cases/{caseId}/consents")
	@Operation(summary = "Record a consent (evidence can be attached on the page)")
	ResponseEntity<Consent> recordConsent(@PathVariable UUID caseId, @Valid @RequestBody Commands.RecordConsent command,
			CurrentUser user) {
		return ResponseEntity.status(201).body(consents.record(caseId, command, null, null, user));
	}

	@PostMapping("/api/v1/cases/{caseId}/consents/{consentId}/withdrawal")
	@Operation(summary = "Withdraw a consent: the referrals outside government relying on it are suspended at once")
	Consent withdraw(@PathVariable UUID caseId, @PathVariable UUID consentId,
			@Valid @RequestBody Commands.WithdrawConsent command, CurrentUser user) {
		return consents.withdraw(caseId, consentId, command, user);
	}

	@GetMapping("/api/v1/cases/{caseId}/referrals")
	@Operation(summary = "The referrals of a case you may see")
	List<Referral> referrals(@PathVariable UUID caseId, CurrentUser user) {
		return referrals.ofCase(caseId, user);
	}

	@PostMapping("/api/v1/cases/{caseId}/referrals")
	@Operation(summary = "Refer the case to an organisation for a service (case manager)",
			description = "Outside government, refused with 422 unless a consent covers the organisation's type and "
					+ "the service's purpose.")
	ResponseEntity<Referral> refer(@PathVariable UUID caseId, @Valid @RequestBody Commands.Refer command,
			CurrentUser user) {
		return ResponseEntity.status(201).body(referrals.refer(caseId, command, user));
	}

	@GetMapping("/api/v1/referrals/{id}")
	@Operation(summary = "One referral with its history")
	Referral referral(@PathVariable UUID id, CurrentUser user) {
		return referrals.view(id, user);
	}

	@PostMapping("/api/v1/referrals/{id}/status")
	@Operation(summary = "The receiving organisation accepts, declines, starts, completes or does not complete it")
	Referral move(@PathVariable UUID id, @Valid @RequestBody Commands.MoveReferral command, CurrentUser user) {
		return referrals.move(id, command, user);
	}

	@PostMapping("/api/v1/referrals/{id}/deliveries")
	@Operation(summary = "Record a service delivered or a community activity done")
	ResponseEntity<ServiceDelivery> deliver(@PathVariable UUID id, @Valid @RequestBody Commands.RecordDelivery command,
			CurrentUser user) {
		return ResponseEntity.status(201).body(referrals.recordDelivery(id, command, user));
	}

	@GetMapping("/api/v1/cases/{caseId}/deliveries")
	@Operation(summary = "The services delivered for a case, in the sections you may read")
	List<ServiceDelivery> deliveries(@PathVariable UUID caseId, CurrentUser user) {
		return referrals.deliveries(caseId, user);
	}

	@GetMapping("/api/v1/community/tasks")
	@Operation(summary = "Your organisation's open tasks, each with the person's minimal profile")
	List<CommunityWork.Task> tasks(CurrentUser user) {
		return work.tasks(user);
	}

	@GetMapping("/api/v1/community/tasks/{referralId}")
	@Operation(summary = "One task with its activity log")
	CommunityWork.Task task(@PathVariable UUID referralId, CurrentUser user) {
		return work.task(referralId, user);
	}
}

package org.homeward.cases.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.BreakTheGlass;
import org.homeward.cases.CaseTransfer;
import org.homeward.cases.CaseTransfers;
import org.homeward.cases.EmergencyAccess;
import org.homeward.cases.Section;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Break-the-glass and transfers over HTTP. */
@RestController
@Tag(name = "Emergency access and transfers", description = "Break-the-glass with the auditor's review; moving a case")
@Validated
class EmergencyAndTransferApi {

	private final BreakTheGlass breakTheGlass;
	private final CaseTransfers transfers;

	EmergencyAndTransferApi(BreakTheGlass breakTheGlass, CaseTransfers transfers) {
		this.breakTheGlass = breakTheGlass;
		this.transfers = transfers;
	}

	/** An emergency access request: one section, a reason, for some minutes up to the configured longest. */
	record EmergencyRequest(@NotNull Section section, @NotBlank @Size(min = 10, max = 1000) String reason,
			@Min(1) @Max(1440) Integer minutes) {
	}

	record Review(int version, @NotNull EmergencyAccess.Review verdict, @Size(max = 1000) String note) {
	}

	@PostMapping("/api/v1/cases/{id}/emergency-access")
	@Operation(summary = "Break the glass: read one section now, for at most the configured hours; audited and reviewed")
	ResponseEntity<EmergencyAccess> request(@PathVariable UUID id, @Valid @RequestBody EmergencyRequest request,
			CurrentUser user) {
		Duration wanted = request.minutes() == null ? null : Duration.ofMinutes(request.minutes());
		return ResponseEntity.status(201)
				.body(breakTheGlass.request(id, request.section(), request.reason(), wanted, user));
	}

	@GetMapping("/api/v1/emergency-access")
	@Operation(summary = "The auditor's queue of emergency accesses")
	List<EmergencyAccess> queue(@RequestParam(defaultValue = "true") boolean pending, CurrentUser user) {
		return breakTheGlass.queue(pending, user);
	}

	@PostMapping("/api/v1/emergency-access/{id}/review")
	@Operation(summary = "The auditor marks an emergency access justified or flags it")
	void review(@PathVariable UUID id, @Valid @RequestBody Review review, CurrentUser user) {
		breakTheGlass.review(id, review.version(), review.verdict(), review.note(), user);
	}

	@PostMapping("/api/v1/cases/{id}/transfers")
	@Operation(summary = "Ask to move a case to another region or organisation")
	ResponseEntity<CaseTransfer> requestTransfer(@PathVariable UUID id,
			@Valid @RequestBody CaseTransfers.RequestTransfer request, CurrentUser user) {
		return ResponseEntity.status(201).body(transfers.request(id, request, user));
	}

	@GetMapping("/api/v1/cases/{id}/transfers")
	@Operation(summary = "The transfers of a case")
	List<CaseTransfer> transfersOf(@PathVariable UUID id, CurrentUser user) {
		return transfers.ofCase(id, user);
	}

	@GetMapping("/api/v1/transfers")
	@Operation(summary = "Transfers waiting for your decision (coordinator of the receiving region)")
	List<CaseTransfer> waiting(CurrentUser user) {
		return transfers.waitingFor(user);
	}

	@PostMapping("/api/v1/transfers/{id}/decision")
	@Operation(summary = "Accept or decline a transfer into your region")
	CaseTransfer decide(@PathVariable UUID id, @Valid @RequestBody CaseTransfers.DecideTransfer decision,
			CurrentUser user) {
		return transfers.decide(id, decision, user);
	}
}

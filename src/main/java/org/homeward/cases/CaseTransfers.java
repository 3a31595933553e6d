package org.homeward.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.internal.CaseStore;
import org.homeward.cases.internal.TransferStore;
import org.homeward.organizations.Organizations;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a case to another region or organisation when the family moves: the case's side asks, the receiving
 * region's coordinator (or the national coordinator) accepts or declines. On acceptance the case changes region and
 * waits there for a case manager; the history of both sides is kept.
 */
@Service
public class CaseTransfers {

	private final TransferStore transfers;
	private final CaseStore cases;
	private final CaseAccess access;
	private final Organizations organizations;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	CaseTransfers(TransferStore transfers, CaseStore cases, CaseAccess access, Organizations organizations,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.transfers = transfers;
		this.cases = cases;
		this.access = access;
		this.organizations = organizations;
		this.audit = audit;
		this.events = events;
	}

	/** A request to move a case. */
	public record RequestTransfer(@NotNull UUID toRegionId, UUID toOrganizationId,
			@NotBlank @Size(max = 1000) String reason) {
	}

	/** The receiving side's decision. */
	public record DecideTransfer(int version, @NotNull Boolean accept, @NotBlank @Size(max = 1000) String reason) {
	}

	@Transactional
	public CaseTransfer request(UUID caseId, RequestTransfer request, CurrentUser user) {
		CaseGrant grant = access.grant(caseId, user);
		boolean coordinator = user.has(Role.COORDINATOR) && grant.may(Section.CORE, Access.READ);
		if (!grant.caseManager() && !coordinator) {
			throw new AccessDeniedException("transfers are asked by the case manager or the coordinator");
		}
		var row = cases.find(caseId).orElseThrow(() -> new RecordNotFound("CASE"));
		if (row.stage().isEnded()) {
			throw new Refused("transfer.caseEnded");
		}
		var region = organizations.region(request.toRegionId())
				.orElseThrow(() -> new UnknownReference("toRegionId", "person.region.unknown"));
		if (!region.countryCode().equals(organizations.nodeCountry())) {
			throw new Refused("person.region.otherCountry", "toRegionId");
		}
		if (request.toOrganizationId() != null && organizations.organization(request.toOrganizationId()).isEmpty()) {
			throw new UnknownReference("toOrganizationId", "user.organization.unknown");
		}
		if (region.id().equals(row.regionId()) && (request.toOrganizationId() == null
				|| request.toOrganizationId().equals(row.owningOrganizationId()))) {
			throw new Refused("transfer.nowhere");
		}
		if (transfers.pendingOf(caseId).isPresent()) {
			throw new Refused("transfer.pending");
		}
		UUID id = transfers.insert(caseId, row.regionId(), row.owningOrganizationId(), region.id(),
				request.toOrganizationId(), request.reason().strip(), user.username());
		cases.history(caseId, row.stage(), row.stage(), "TRANSFER_REQUESTED", request.reason().strip(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, "CASE", caseId, "transfer requested " + id);
		events.publishEvent(new TransferRequested(id, caseId, region.id()));
		return transfers.find(id).orElseThrow();
	}

	@Transactional
	public CaseTransfer decide(UUID transferId, DecideTransfer decision, CurrentUser user) {
		CaseTransfer transfer = transfers.find(transferId).orElseThrow(() -> new RecordNotFound("TRANSFER"));
		if (!user.has(Role.COORDINATOR)
				|| (user.regionId() != null && !user.regionId().equals(transfer.toRegionId()))) {
			throw new AccessDeniedException("the receiving coordinator decides");
		}
		if (transfer.status() != CaseTransfer.Status.REQUESTED) {
			throw new Refused("transfer.decided");
		}
		var row = cases.find(transfer.caseId()).orElseThrow();
		CaseTransfer.Status status = decision.accept() ? CaseTransfer.Status.ACCEPTED : CaseTransfer.Status.DECLINED;
		transfers.decide(transferId, decision.version(), status, decision.reason().strip(), user.username());
		if (decision.accept()) {
			Map<String, Object> values = new HashMap<>();
			values.put("region", transfer.toRegionId());
			values.put("organization", transfer.toOrganizationId() != null ? transfer.toOrganizationId()
					: row.owningOrganizationId());
			cases.update(transfer.caseId(), row.version(),
					"region_id = :region, owning_organization_id = :organization, case_manager_id = NULL", values,
					user.username());
		}
		cases.history(transfer.caseId(), row.stage(), row.stage(),
				decision.accept() ? "TRANSFER_ACCEPTED" : "TRANSFER_DECLINED", decision.reason().strip(),
				user.username());
		audit.record(user.actor(), AuditAction.UPDATE, "CASE", transfer.caseId(), "transfer " + status);
		return transfers.find(transferId).orElseThrow();
	}

	/**
	 * The transfers of a case, with their reasons, for those who see the reasons written for a case (the coordinator
	 * and the case manager); the reading is audited.
	 */
	@Transactional
	public List<CaseTransfer> ofCase(UUID caseId, CurrentUser user) {
		if (!access.grant(caseId, user).shows(HeaderField.REASONS)) {
			throw new AccessDeniedException("transfers and their reasons");
		}
		List<CaseTransfer> found = transfers.ofCase(caseId);
		audit.recordEach(user.actor(), AuditAction.LIST, "TRANSFER", found.stream().map(CaseTransfer::id).toList(),
				"case " + caseId);
		return found;
	}

	/** Transfers waiting for this coordinator's decision; the listing is audited. */
	@Transactional
	public List<CaseTransfer> waitingFor(CurrentUser user) {
		if (!user.has(Role.COORDINATOR)) {
			return List.of();
		}
		List<CaseTransfer> waiting = transfers.pendingInto(user.regionId());
		audit.recordEach(user.actor(), AuditAction.LIST, "TRANSFER", waiting.stream().map(CaseTransfer::id).toList(),
				"waiting");
		return waiting;
	}
}

package org.homeward.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.Access;
import org.homeward.cases.CaseAccess;
import org.homeward.cases.CaseGrant;
import org.homeward.cases.Section;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.referrals.internal.DeliveryStore;
import org.homeward.referrals.internal.ReferralStore;
import org.homeward.referrals.internal.ServiceCatalogue;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.Text;
import org.homeward.shared.UnknownReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of a case from one organisation to another. The case manager refers; a referral to a body outside
 * government is refused unless a consent of the person covers that kind of body and the service's purpose. The
 * receiving organisation accepts or declines, starts and completes it; while it is open its people see what the task
 * needs, and once it is closed they see nothing.
 */
@Service
public class Referrals {

	private static final String RECORD_TYPE = "REFERRAL";

	private final ReferralStore referrals;
	private final ServiceCatalogue catalogue;
	private final DeliveryStore deliveries;
	private final Consents consents;
	private final CaseAccess access;
	private final Organizations organizations;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	Referrals(ReferralStore referrals, ServiceCatalogue catalogue, DeliveryStore deliveries, Consents consents,
			CaseAccess access, Organizations organizations, AuditTrail audit, ApplicationEventPublisher events) {
		this.referrals = referrals;
		this.catalogue = catalogue;
		this.deliveries = deliveries;
		this.consents = consents;
		this.access = access;
		this.organizations = organizations;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public Referral refer(UUID caseId, Commands.Refer command, CurrentUser user) {
		CaseGrant grant = access.grant(caseId, user);
		if (!grant.caseManager()) {
			throw new AccessDeniedException("referrals are made by the case manager");
		}
		ServiceType service = catalogue.service(command.serviceCode())
				.orElseThrow(() -> new Refused("referral.service.unknown"));
		Organization receiver = organizations.organization(command.toOrganizationId()).filter(Organization::active)
				.orElseThrow(() -> new UnknownReference("toOrganizationId", "referral.receiver.unknown"));
		if (!catalogue.provides(receiver.id(), service.code())) {
			throw new Refused("referral.receiver.notProvider");
		}
		if (command.previousReferralId() != null && referrals.find(command.previousReferralId())
				.filter(previous -> previous.caseId().equals(caseId)).isEmpty()) {
			throw new UnknownReference("previousReferralId", "referral.previous.unknown");
		}
		UUID consentId = null;
		if (!receiver.type().isGovernment()) {
			UUID personId = access.facts(caseId, user).personId();
			consentId = consents.covering(personId, receiver.type(), service.purpose())
					.orElseThrow(() -> new Refused("referral.consent.missing")).id();
		}
		UUID id = referrals.insert(caseId, service.code(), service.section(), user.organizationId(), receiver.id(),
				user.id(), user.displayName(), command.task().strip(), command.dueDate(), consentId,
				command.previousReferralId(), user.username());
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, id, "case " + caseId + " to " + receiver.id());
		events.publishEvent(new Events.ReferralRequested(id, caseId, receiver.id()));
		return referrals.find(id).orElseThrow();
	}

	/** The receiving organisation moves its referral on: accept or decline, start, complete or not. */
	@Transactional
	public Referral move(UUID referralId, Commands.MoveReferral command, CurrentUser user) {
		Referral referral = receivedBy(referralId, user);
		if (!referral.status().next().contains(command.target())) {
			throw new Refused("referral.move.notAllowed");
		}
		String reason = Text.blankToNull(command.reason());
		if (command.target().needsReason() && reason == null) {
			throw new Refused("referral.reason.required");
		}
		referrals.move(referralId, command.version(), referral.status(), command.target(), reason, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, referralId, "status " + command.target());
		if (command.target() == ReferralStatus.ACCEPTED) {
			events.publishEvent(new Events.ReferralAccepted(referralId, referral.caseId(), referral.referredBy()));
		}
		return referrals.find(referralId).orElseThrow();
	}

	/**
	 * The referrals of a case: all of them for a reader of its core profile, only their own organisation's for the
	 * people of a receiving organisation.
	 */
	@Transactional
	public List<Referral> ofCase(UUID caseId, CurrentUser user) {
		CaseGrant grant = access.grant(caseId, user);
		List<Referral> found = referrals.ofCase(caseId);
		if (!(grant.may(Section.CORE, Access.READ) && grant.may(Section.COMMUNITY, Access.READ))) {
			found = found.stream().filter(r -> r.toOrganizationId().equals(user.organizationId())).toList();
		}
		audit.recordEach(user.actor(), AuditAction.LIST, RECORD_TYPE, found.stream().map(Referral::id).toList(),
				"case " + caseId);
		return found;
	}

	/** A referral, for its case's readers and for the receiving organisation while it is open. */
	@Transactional
	public Referral view(UUID referralId, CurrentUser user) {
		Referral referral = referrals.find(referralId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		if (ofCase(referral.caseId(), user).stream().noneMatch(r -> r.id().equals(referralId))) {
			throw new RecordNotFound(RECORD_TYPE);
		}
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, referralId, null);
		return referral;
	}

	/** Records a service delivered for a referral, in the referral's section; for those who write that section. */
	@Transactional
	public ServiceDelivery recordDelivery(UUID referralId, Commands.RecordDelivery command, CurrentUser user) {
		Referral referral = referrals.find(referralId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		access.require(referral.caseId(), referral.section(), Access.WRITE, user);
		if (!referral.status().isOpen() && referral.status() != ReferralStatus.COMPLETED) {
			throw new Refused("delivery.referralClosed");
		}
		if (!ServiceDelivery.activitiesFor(referral.section()).contains(command.activity().strip())) {
			throw new Refused("delivery.activity.unknown");
		}
		UUID id = deliveries.insert(referral.caseId(), referralId, referral.section(), referral.serviceCode(),
				command.activity().strip(), user.organizationId(), command.deliveredOn(), command.outcome(),
				Text.blankToNull(command.notes()), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, "CASE", referral.caseId(), "service delivered " + id);
		return deliveries.inSection(referral.caseId(), referral.section()).stream().filter(d -> d.id().equals(id))
				.findFirst().orElseThrow();
	}

	/**
	 * The services delivered for a case, in the sections the user reads in their normal work (a community worker:
	 * their own organisation's only); the reading is audited.
	 */
	@Transactional
	public List<ServiceDelivery> deliveries(UUID caseId, CurrentUser user) {
		var grant = access.grant(caseId, user);
		List<ServiceDelivery> delivered = new ArrayList<>();
		for (Section section : Section.values()) {
			if (grant.readsNormally(section)) {
				deliveries.inSection(caseId, section).stream()
						.filter(d -> !grant.ownOrganizationOnly(section)
								|| java.util.Objects.equals(d.providerId(), user.organizationId()))
						.forEach(delivered::add);
			}
		}
		audit.record(user.actor(), AuditAction.VIEW, "CASE", caseId, "services delivered");
		return delivered;
	}

	/** The service and organisations of a referral, to say what happened to it; nothing about the person. */
	@Transactional(readOnly = true)
	public java.util.Optional<ReferralFacts> facts(UUID referralId) {
		return referrals.find(referralId).map(r -> new ReferralFacts(r.id(), r.caseId(), r.serviceCode(),
				r.fromOrganizationId(), r.toOrganizationId()));
	}

	/** The referral, if the user works at its receiving organisation and reaches its case through it. */
	private Referral receivedBy(UUID referralId, CurrentUser user) {
		Referral referral = referrals.find(referralId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		if (user.organizationId() == null || !user.organizationId().equals(referral.toOrganizationId())) {
			throw new AccessDeniedException("not the receiving organisation");
		}
		if (!access.grant(referral.caseId(), user).may(referral.section(), Access.READ)) {
			throw new AccessDeniedException("the referral's section");
		}
		return referral;
	}
}

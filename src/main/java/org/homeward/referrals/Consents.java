package org.homeward.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.Access;
import org.homeward.cases.CaseAccess;
import org.homeward.cases.CaseFacts;
import org.homeward.cases.CaseGrant;
import org.homeward.cases.HeaderField;
import org.homeward.cases.Section;
import org.homeward.organizations.OrganizationType;
import org.homeward.referrals.internal.ConsentStore;
import org.homeward.referrals.internal.ReferralStore;
import org.homeward.shared.FileType;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to share a person's data with organisations outside government. Recorded and withdrawn by those who
 * write the case's core profile; withdrawal suspends, in the same transaction, every open referral that relied on
 * it, so that the receiving organisation's next request is already refused.
 */
@Service
public class Consents {

	private static final String RECORD_TYPE = "CONSENT";

	private final ConsentStore consents;
	private final ReferralStore referrals;
	private final CaseAccess access;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	Consents(ConsentStore consents, ReferralStore referrals, CaseAccess access, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.consents = consents;
		this.referrals = referrals;
		this.access = access;
		this.audit = audit;
		this.events = events;
	}

	@Transactional
	public Consent record(UUID caseId, Commands.RecordConsent command, String evidenceName, byte[] evidence,
			CurrentUser user) {
		access.require(caseId, Section.CORE, Access.WRITE, user);
		CaseFacts facts = access.facts(caseId, user);
		if (command.givenOn().isAfter(LocalDate.now())) {
			throw new Refused("consent.givenOn.future", "givenOn");
		}
		if (facts.birthDate() != null && command.givenOn().isBefore(facts.birthDate())) {
			throw new Refused("consent.givenOn.beforeBirth", "givenOn");
		}
		boolean child = facts.isChild(command.givenOn());
		if (child && command.givenBy() != Consent.GivenBy.GUARDIAN) {
			throw new Refused("consent.child.guardian");
		}
		if (command.givenBy() == Consent.GivenBy.GUARDIAN
				&& (command.guardianName() == null || command.guardianName().isBlank())) {
			throw new Refused("consent.guardian.name");
		}
		String evidenceType = null;
		if (evidence != null && evidence.length > 0) {
			if (evidence.length > FileType.MAX_BYTES) {
				throw new Refused("attachment.tooLarge");
			}
			evidenceType = FileType.of(evidence).orElseThrow(() -> new Refused("attachment.type"));
		}
		if (command.validUntil() != null && command.validUntil().isBefore(command.givenOn())) {
			throw new Refused("consent.validUntil.beforeGiven");
		}
		UUID id = consents.insert(facts.personId(), command.givenBy(), Text.blankToNull(command.guardianName()),
				Text.blankToNull(command.childView()), command.organizationTypes(), command.purposes(), command.givenOn(),
				command.validUntil(),
				evidenceType == null ? null : evidenceName, evidenceType, evidenceType == null ? null : evidence,
				user.username());
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, id, "case " + caseId);
		return consents.find(id).orElseThrow();
	}

	/**
	 * The consents of the case's person: whole for the coordinator and the case manager; for an organisation whose
	 * open referral relies on one, that one's scope and dates only; for anyone else, refused. The reading is audited.
	 */
	@Transactional
	public List<Consent> ofCase(UUID caseId, CurrentUser user) {
		CaseGrant grant = access.grant(caseId, user);
		List<Consent> found = consents.ofPerson(access.facts(caseId, user).personId());
		if (!grant.shows(HeaderField.CONSENTS)) {
			if (!grant.shows(HeaderField.RELIED_ON_CONSENT) || user.organizationId() == null) {
				throw new AccessDeniedException("consents");
			}
			Set<UUID> reliedOn = referrals.openTo(user.organizationId()).stream()
					.filter(r -> r.caseId().equals(caseId) && r.consentId() != null).map(Referral::consentId)
					.collect(Collectors.toSet());
			found = found.stream().filter(c -> reliedOn.contains(c.id())).map(Consent::scopeAndDates).toList();
		}
		audit.recordEach(user.actor(), AuditAction.LIST, RECORD_TYPE, found.stream().map(Consent::id).toList(),
				"case " + caseId);
		return found;
	}

	/** Withdraws a consent and suspends, at once, the open referrals outside government that relied on it. */
	@Transactional
	public Consent withdraw(UUID caseId, UUID consentId, Commands.WithdrawConsent command, CurrentUser user) {
		var grant = access.require(caseId, Section.CORE, Access.WRITE, user);
		Consent consent = belonging(caseId, consentId, user);
		if (!consent.active()) {
			throw new Refused("consent.alreadyWithdrawn");
		}
		if (command.withdrawnOn().isBefore(consent.givenOn())) {
			throw new Refused("consent.withdrawnOn.beforeGiven", "withdrawnOn");
		}
		consents.withdraw(consentId, command.version(), command.withdrawnOn(), command.reason().strip(),
				user.username());
		List<Referral> suspended = referrals.suspendRelyingOn(consentId, null, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, consentId,
				"withdrawn; " + suspended.size() + " referrals suspended");
		events.publishEvent(new Events.ConsentWithdrawn(consentId, consent.personId(),
				grant.caseManager() ? user.id() : null,
				suspended.stream().map(r -> new Events.SuspendedReferral(r.id(), r.caseId(), r.toOrganizationId()))
						.toList()));
		return consents.find(consentId).orElseThrow();
	}

	@Transactional
	public ConsentStore.Evidence evidence(UUID caseId, UUID consentId, CurrentUser user) {
		if (!access.grant(caseId, user).shows(HeaderField.CONSENTS)) {
			throw new AccessDeniedException("consent evidence");
		}
		belonging(caseId, consentId, user);
		ConsentStore.Evidence evidence = consents.evidence(consentId).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		audit.record(user.actor(), AuditAction.EXPORT, RECORD_TYPE, consentId, "evidence");
		return evidence;
	}

	/** Whether the grant's holder sees any consent of the case: whole, or the one their referral relies on. */
	public static boolean readable(CaseGrant grant) {
		return grant.shows(HeaderField.CONSENTS) || grant.shows(HeaderField.RELIED_ON_CONSENT);
	}

	/** The consent, if it is the case's person's; otherwise not found. */
	Consent belonging(UUID caseId, UUID consentId, CurrentUser user) {
		UUID personId = access.facts(caseId, user).personId();
		return consents.find(consentId).filter(c -> c.personId().equals(personId))
				.orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
	}

	/** The active consents of the case's person; for referrals deciding whether one covers them. */
	Optional<Consent> covering(UUID personId, OrganizationType type, Purpose purpose) {
		return consents.ofPerson(personId).stream().filter(c -> c.covers(type, purpose)).findFirst();
	}

}

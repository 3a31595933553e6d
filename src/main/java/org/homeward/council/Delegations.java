package org.homeward.council;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.council.ParticipationCommands.AddParticipant;
import org.homeward.council.ParticipationCommands.EditParticipant;
import org.homeward.council.ParticipationCommands.ParticipantDetails;
import org.homeward.council.ParticipationCommands.RecordAttendance;
import org.homeward.council.ParticipationCommands.Register;
import org.homeward.council.internal.Directory;
import org.homeward.council.internal.MeetingStore;
import org.homeward.council.internal.ParticipationStore;
import org.homeward.council.internal.ParticipationStore.Placement;
import org.homeward.organizations.Organizations;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegations and the people in them. Contact details are personal data: only the secretariat reads them, and each
 * reading is audited. Everyone else who sees the meeting gets the published participant list: the people who
 * consented to appear in it (and unnamed positions, which name nobody). Experts of an organisation that takes part
 * register their own organisation's people; the secretariat adds anyone and records attendance.
 */
@Service
public class Delegations {

	private final ParticipationStore store;
	private final MeetingStore meetings;
	private final Organizations organizations;
	private final CouncilAccess access;
	private final AuditTrail audit;

	Delegations(ParticipationStore store, MeetingStore meetings, Organizations organizations, CouncilAccess access,
			AuditTrail audit) {
		this.store = store;
		this.meetings = meetings;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * The meeting's delegations as the user may see them: with every participant and their contact details for the
	 * secretariat (audited), with the published participants only for anyone else.
	 */
	@Transactional
	public List<Delegation> ofMeeting(UUID meetingId, CurrentUser user) {
		return ofMeeting(meetingId, user, AuditAction.LIST);
	}

	/** The delegations as {@link #ofMeeting} gives them, for a download: the contacts in it audited as an export. */
	@Transactional
	public List<Delegation> exportOfMeeting(UUID meetingId, CurrentUser user) {
		return ofMeeting(meetingId, user, AuditAction.EXPORT);
	}

	private List<Delegation> ofMeeting(UUID meetingId, CurrentUser user, AuditAction action) {
		access.standing(meetingId, user);
		boolean secretariat = access.secretariat(user);
		List<Delegation> delegations = store.delegations(meetingId, Directory.of(organizations), secretariat);
		if (secretariat) {
			List<UUID> withContacts = delegations.stream().flatMap(d -> d.participants().stream())
					.filter(p -> p.contact() != null && (p.contact().email() != null || p.contact().phone() != null))
					.map(Participant::id).toList();
			audit.recordEach(user.actor(), action, ParticipationStore.PARTICIPANT, withContacts,
					"contacts, meeting " + meetingId);
			return delegations;
		}
		return delegations.stream()
				.map(d -> new Delegation(d.id(), d.meetingId(), d.country(), d.organization(),
						d.participants().stream().filter(Participant::published).toList()))
				.filter(d -> !d.participants().isEmpty()).toList();
	}

	/**
	 * The people the user's organisation registered for the meeting, whether or not they consented to be published,
	 * without contact details; for the expert who manages the organisation's registrations.
	 */
	@Transactional(readOnly = true)
	public List<Participant> ofMyOrganization(UUID meetingId, CurrentUser user) {
		access.standing(meetingId, user);
		return store.delegations(meetingId, Directory.of(organizations), false).stream()
				.filter(d -> d.organization() != null && d.organization().id().equals(user.organizationId()))
				.flatMap(d -> d.participants().stream()).toList();
	}

	/** An invited expert registers someone of their own organisation, or themselves, for a meeting it takes part in. */
	@Transactional
	public UUID register(UUID meetingId, Register command, CurrentUser user) {
		Standing standing = access.standing(meetingId, user);
		if (standing == Standing.SECRETARIAT) {
			throw new Refused("council.registration.secretariatAdds");
		}
		if (standing != Standing.TAKING_PART) {
			throw new Refused("council.registration.notAccepted");
		}
		requireOpen(meetingId);
		ParticipantDetails person = command.participant();
		if (command.self() && (person.name() == null || person.name().isBlank())) {
			person = new ParticipantDetails(user.displayName(), person.position(), person.function(), person.email(),
					person.phone(), person.consentToPublish());
		}
		if (person.name() == null || person.name().isBlank()) {
			throw new Refused("council.participant.nameRequired");
		}
		UUID delegation = store.delegation(meetingId, null, user.organizationId());
		UUID id = store.addParticipant(delegation, person, command.self() ? user.id() : null, user.username());
		audit.record(user.actor(), AuditAction.CREATE, ParticipationStore.PARTICIPANT, id, "registered, meeting "
				+ meetingId);
		return id;
	}

	/** The secretariat adds a person to a state's or an organisation's delegation, made if it does not exist. */
	@Transactional
	public UUID add(UUID meetingId, AddParticipant command, CurrentUser user) {
		access.requireSecretariat(user);
		access.meeting(meetingId, user);
		if (command.organizationId() != null && organizations.organization(command.organizationId()).isEmpty()) {
			throw new UnknownReference("organizationId", "council.delegation.unknown");
		}
		boolean state = command.countryCode() != null && !command.countryCode().isBlank();
		if (state == (command.organizationId() != null)) {
			throw new Refused("council.delegation.stateOrOrganization");
		}
		if (state ? organizations.country(command.countryCode()).isEmpty()
				: organizations.organization(command.organizationId()).isEmpty()) {
			throw new Refused("council.delegation.unknown");
		}
		UUID delegation = store.delegation(meetingId, state ? command.countryCode() : null,
				state ? null : command.organizationId());
		UUID id = store.addParticipant(delegation, command.participant(), null, user.username());
		audit.record(user.actor(), AuditAction.CREATE, ParticipationStore.PARTICIPANT, id, "meeting " + meetingId);
		return id;
	}

	/**
	 * Changes a person's details or consent: the secretariat, or an expert of the person's own organisation before
	 * the meeting is held.
	 */
	@Transactional
	public void edit(UUID participantId, EditParticipant command, CurrentUser user) {
		Placement placement = mayChange(participantId, user);
		if (!access.secretariat(user) && (command.participant().name() == null
				|| command.participant().name().isBlank())) {
			throw new Refused("council.participant.nameRequired");
		}
		store.updateParticipant(participantId, command.version(), command.participant(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, ParticipationStore.PARTICIPANT, participantId,
				"meeting " + placement.meetingId());
	}

	/** Withdraws a registration: the secretariat, or an expert of the person's own organisation before the meeting. */
	@Transactional
	public void withdraw(UUID participantId, CurrentUser user) {
		Placement placement = mayChange(participantId, user);
		store.removeParticipant(participantId);
		audit.record(user.actor(), AuditAction.DELETE, ParticipationStore.PARTICIPANT, participantId,
				"meeting " + placement.meetingId());
	}

	/** The secretariat records who came. */
	@Transactional
	public void recordAttendance(UUID participantId, RecordAttendance command, CurrentUser user) {
		access.requireSecretariat(user);
		Placement placement = store.placement(participantId)
				.orElseThrow(() -> new RecordNotFound(ParticipationStore.PARTICIPANT));
		if (meetings.find(placement.meetingId()).orElseThrow().status() == MeetingStatus.CANCELLED) {
			throw new Refused("council.meeting.closed");
		}
		store.recordAttendance(participantId, command.version(), command.attendance(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, ParticipationStore.PARTICIPANT, participantId,
				"attendance " + command.attendance());
	}

	/** The secretariat records who came, for several people of one meeting at once: all saved, or none. */
	@Transactional
	public void recordAttendance(UUID meetingId, Map<UUID, RecordAttendance> attendance, CurrentUser user) {
		access.requireSecretariat(user);
		access.meeting(meetingId, user);
		for (var entry : attendance.entrySet()) {
			Placement placement = store.placement(entry.getKey())
					.filter(p -> p.meetingId().equals(meetingId))
					.orElseThrow(() -> new RecordNotFound(ParticipationStore.PARTICIPANT));
			recordAttendance(placement.participantId(), entry.getValue(), user);
		}
	}

	/** A participant with their contact details, for the secretariat's edit; the reading is audited. */
	@Transactional
	public Participant participant(UUID participantId, CurrentUser user) {
		access.requireSecretariat(user);
		Placement placement = store.placement(participantId)
				.orElseThrow(() -> new RecordNotFound(ParticipationStore.PARTICIPANT));
		Participant participant = store.delegations(placement.meetingId(), Directory.of(organizations), true).stream()
				.flatMap(d -> d.participants().stream()).filter(p -> p.id().equals(participantId)).findFirst()
				.orElseThrow();
		audit.record(user.actor(), AuditAction.VIEW, ParticipationStore.PARTICIPANT, participantId, "contacts");
		return participant;
	}

	/**
	 * The person's consent to appear in the published participant list, given or withdrawn; by the secretariat or
	 * an expert of the person's organisation, without touching any other detail.
	 */
	@Transactional
	public void setConsent(UUID participantId, int version, boolean consent, CurrentUser user) {
		Placement placement = mayChange(participantId, user);
		store.setConsent(participantId, version, consent, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, ParticipationStore.PARTICIPANT, participantId,
				(consent ? "consent given" : "consent withdrawn") + ", meeting " + placement.meetingId());
	}

	/** The meeting of a participant, for the way back from a page; only for who may change the participant. */
	@Transactional(readOnly = true)
	public Optional<UUID> meetingOf(UUID participantId, CurrentUser user) {
		access.requireCouncil(user);
		return store.placement(participantId).map(Placement::meetingId);
	}

	private Placement mayChange(UUID participantId, CurrentUser user) {
		access.requireCouncil(user);
		Placement placement = store.placement(participantId)
				.orElseThrow(() -> new RecordNotFound(ParticipationStore.PARTICIPANT));
		access.standing(placement.meetingId(), user);
		if (access.secretariat(user)) {
			return placement;
		}
		if (placement.organizationId() == null || !Objects.equals(placement.organizationId(), user.organizationId())) {
			throw new AccessDeniedException("another organisation's delegation");
		}
		requireOpen(placement.meetingId());
		return placement;
	}

	private void requireOpen(UUID meetingId) {
		if (meetings.find(meetingId).orElseThrow().status().isClosed()) {
			throw new Refused("council.meeting.closed");
		}
	}
}

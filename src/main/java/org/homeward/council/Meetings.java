package org.homeward.council;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.council.MeetingCommands.AgendaItemDetails;
import org.homeward.council.MeetingCommands.AssignRole;
import org.homeward.council.MeetingCommands.EditAgendaItem;
import org.homeward.council.MeetingCommands.EditMeeting;
import org.homeward.council.MeetingCommands.MeetingDetails;
import org.homeward.council.MeetingCommands.SpeakerDetails;
import org.homeward.council.internal.AgendaStore;
import org.homeward.council.internal.Directory;
import org.homeward.council.internal.MeetingStore;
import org.homeward.council.internal.WorkingGroupStore;
import org.homeward.organizations.Organizations;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Council's meetings, the organisations' roles in them and their agenda. The secretariat schedules and edits;
 * members read the meetings of their own organisation. Each command is one transaction, audited.
 */
@Service
public class Meetings {

	/** A meeting lasts days, not months: a longer span is a typing error. */
	private static final int MAX_DAYS = 14;

	private final MeetingStore meetings;
	private final AgendaStore agenda;
	private final WorkingGroupStore workingGroups;
	private final Organizations organizations;
	private final CouncilAccess access;
	private final AuditTrail audit;
	private final ZoneId nodeZone;

	Meetings(MeetingStore meetings, AgendaStore agenda, WorkingGroupStore workingGroups, Organizations organizations,
			CouncilAccess access, AuditTrail audit, @Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId nodeZone) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.workingGroups = workingGroups;
		this.organizations = organizations;
		this.access = access;
		this.audit = audit;
		this.nodeZone = nodeZone;
	}

	// --- meetings ---

	/** The meetings the user sees, latest first: all for the secretariat, their organisation's for a member. */
	@Transactional(readOnly = true)
	public List<Meeting> meetings(CurrentUser user) {
		access.requireCouncil(user);
		return access.secretariat(user) ? meetings.all() : meetings.ofOrganization(user.organizationId());
	}

	@Transactional(readOnly = true)
	public Meeting meeting(UUID id, CurrentUser user) {
		return access.meeting(id, user);
	}

	@Transactional(readOnly = true)
	public Standing standing(UUID id, CurrentUser user) {
		return access.standing(id, user);
	}

	/** The role the user's organisation has in each meeting that gives it one. */
	@Transactional(readOnly = true)
	public Map<UUID, MeetingRole> rolesOfMyOrganization(CurrentUser user) {
		access.requireCouncil(user);
		Map<UUID, MeetingRole> roles = new HashMap<>();
		meetings.rolesInMeetings().stream().filter(r -> r.organizationId().equals(user.organizationId()))
				.forEach(r -> roles.put(r.meetingId(), r.role()));
		return roles;
	}

	@Transactional
	public Meeting schedule(MeetingDetails details, CurrentUser user) {
		access.requireSecretariat(user);
		String zone = check(details);
		UUID id = meetings.insert(details, zone, user.username());
		audit.record(user.actor(), AuditAction.CREATE, MeetingStore.RECORD_TYPE, id, null);
		return meetings.find(id).orElseThrow();
	}

	@Transactional
	public Meeting edit(UUID id, EditMeeting edit, CurrentUser user) {
		access.requireSecretariat(user);
		access.meeting(id, user);
		String zone = check(edit.meeting());
		boolean agendaOutside = agenda.ofMeeting(id, Directory.of(organizations)).stream()
				.anyMatch(item -> item.day().isBefore(edit.meeting().startsOn())
						|| item.day().isAfter(edit.meeting().endsOn()));
		if (agendaOutside) {
			throw new Refused("council.meeting.dates.agendaOutside");
		}
		meetings.update(id, edit.version(), edit.meeting(), zone, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, MeetingStore.RECORD_TYPE, id, null);
		return meetings.find(id).orElseThrow();
	}

	/** Checks the dates and the time zone; returns the zone to store (the node's when none is given). */
	private String check(MeetingDetails details) {
		if (details.endsOn().isBefore(details.startsOn())
				|| ChronoUnit.DAYS.between(details.startsOn(), details.endsOn()) >= MAX_DAYS) {
			throw new Refused("council.meeting.dates.order");
		}
		int year = details.startsOn().getYear();
		if (year < 2000 || year > LocalDate.now().getYear() + 10) {
			throw new Refused("council.meeting.dates.implausible");
		}
		if (details.hostCountry() != null && !details.hostCountry().isBlank()
				&& organizations.country(details.hostCountry()).isEmpty()) {
			throw new Refused("council.country.unknown");
		}
		if (details.timeZone() == null || details.timeZone().isBlank()) {
			return nodeZone.getId();
		}
		try {
			return ZoneId.of(details.timeZone().strip()).getId();
		}
		catch (DateTimeException e) {
			throw new Refused("council.meeting.timeZone.unknown");
		}
	}

	// --- organisations' roles ---

	@Transactional(readOnly = true)
	public List<MeetingParty> parties(UUID meetingId, CurrentUser user) {
		access.meeting(meetingId, user);
		return meetings.parties(meetingId, Directory.of(organizations));
	}

	@Transactional
	public void assignRole(UUID meetingId, AssignRole command, CurrentUser user) {
		access.requireSecretariat(user);
		access.meeting(meetingId, user);
		if (organizations.organization(command.organizationId()).isEmpty()) {
			throw new UnknownReference("organizationId", "council.organization.unknown");
		}
		meetings.setRole(meetingId, command.organizationId(), command.role());
		audit.record(user.actor(), AuditAction.UPDATE, MeetingStore.RECORD_TYPE, meetingId,
				"role " + command.role() + " " + command.organizationId());
	}

	@Transactional
	public void removeRole(UUID meetingId, UUID organizationId, CurrentUser user) {
		access.requireSecretariat(user);
		access.meeting(meetingId, user);
		if (!meetings.removeRole(meetingId, organizationId)) {
			throw new RecordNotFound("COUNCIL_MEETING_PARTY");
		}
		audit.record(user.actor(), AuditAction.UPDATE, MeetingStore.RECORD_TYPE, meetingId,
				"role removed " + organizationId);
	}

	/** Every organisation's roles in the meetings the user sees, for the reference page. */
	@Transactional(readOnly = true)
	public List<RoleInMeeting> rolesInMeetings(CurrentUser user) {
		access.requireCouncil(user);
		if (access.secretariat(user)) {
			return meetings.rolesInMeetings();
		}
		var visible = meetings.ofOrganization(user.organizationId()).stream().map(Meeting::id)
				.collect(java.util.stream.Collectors.toSet());
		return meetings.rolesInMeetings().stream().filter(r -> visible.contains(r.meetingId())).toList();
	}

	// --- the agenda ---

	@Transactional(readOnly = true)
	public List<AgendaItem> agenda(UUID meetingId, CurrentUser user) {
		access.meeting(meetingId, user);
		return agenda.ofMeeting(meetingId, Directory.of(organizations));
	}

	@Transactional(readOnly = true)
	public Timetable timetable(UUID meetingId, CurrentUser user) {
		return Timetable.of(agenda(meetingId, user));
	}

	@Transactional(readOnly = true)
	public AgendaItem agendaItem(UUID meetingId, UUID itemId, CurrentUser user) {
		access.meeting(meetingId, user);
		return agenda.find(itemId, Directory.of(organizations)).filter(i -> i.meetingId().equals(meetingId))
				.orElseThrow(() -> new RecordNotFound(AgendaStore.RECORD_TYPE));
	}

	@Transactional
	public AgendaItem addAgendaItem(UUID meetingId, AgendaItemDetails item, CurrentUser user) {
		access.requireSecretariat(user);
		Meeting meeting = access.meeting(meetingId, user);
		LocalDate day = checkItem(meeting, item, null);
		UUID id = agenda.insert(meetingId, item, day, false, user.username());
		audit.record(user.actor(), AuditAction.CREATE, AgendaStore.RECORD_TYPE, id, "meeting " + meetingId);
		return agendaItem(meetingId, id, user);
	}

	@Transactional
	public AgendaItem editAgendaItem(UUID meetingId, UUID itemId, EditAgendaItem edit, CurrentUser user) {
		access.requireSecretariat(user);
		Meeting meeting = access.meeting(meetingId, user);
		agendaItem(meetingId, itemId, user);
		LocalDate day = checkItem(meeting, edit.item(), itemId);
		agenda.update(itemId, edit.version(), edit.item(), day, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, AgendaStore.RECORD_TYPE, itemId, "meeting " + meetingId);
		return agendaItem(meetingId, itemId, user);
	}

	/** Removes an item nothing refers to yet; an item with minutes, materials or recommendations stays. */
	@Transactional
	public void removeAgendaItem(UUID meetingId, UUID itemId, CurrentUser user) {
		access.requireSecretariat(user);
		agendaItem(meetingId, itemId, user);
		if (agenda.referenced(itemId)) {
			throw new Refused("council.agenda.inUse");
		}
		agenda.delete(itemId);
		audit.record(user.actor(), AuditAction.DELETE, AgendaStore.RECORD_TYPE, itemId, "meeting " + meetingId);
	}

	/**
	 * Checks an item against its meeting: its day within the meeting's dates, its times in order, parallel only with
	 * breakout sessions, and the working group, organisations and states it names. Returns its day.
	 */
	private LocalDate checkItem(Meeting meeting, AgendaItemDetails item, UUID itemId) {
		Directory directory = Directory.of(organizations);
		if (item.workingGroupId() != null && workingGroups.find(item.workingGroupId(), directory).isEmpty()) {
			throw new UnknownReference("workingGroupId", "council.workingGroup.unknown");
		}
		for (SpeakerDetails speaker : item.speakers()) {
			if (speaker.organizationId() != null && directory.organization(speaker.organizationId()) == null) {
				throw new UnknownReference("organizationId", "council.speaker.unknown");
			}
		}
		LocalDate day = item.day() == null ? meeting.startsOn() : item.day();
		if (day.isBefore(meeting.startsOn()) || day.isAfter(meeting.endsOn())) {
			throw new Refused("council.agenda.dayOutside");
		}
		if (item.startsAt() != null && item.endsAt() != null && !item.endsAt().isAfter(item.startsAt())) {
			throw new Refused("council.agenda.times");
		}
		List<AgendaKind> others = agenda.kindsInSlot(meeting.id(), day, item.slot(), itemId);
		if (!others.isEmpty() && (item.kind() != AgendaKind.BREAKOUT_SESSION
				|| others.stream().anyMatch(k -> k != AgendaKind.BREAKOUT_SESSION))) {
			throw new Refused("council.agenda.parallelOnlyBreakouts");
		}
		for (SpeakerDetails speaker : item.speakers()) {
			if (speaker.countryCode() != null && !speaker.countryCode().isBlank()
					&& directory.country(speaker.countryCode()) == null) {
				throw new Refused("council.speaker.unknown", "countryCode");
			}
		}
		return day;
	}
}

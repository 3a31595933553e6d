package org.homeward.council.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.Attendance;
import org.homeward.council.Delegation;
import org.homeward.council.Invitation;
import org.homeward.council.Participant;
import org.homeward.council.ParticipantFunction;
import org.homeward.council.ParticipationCommands.ParticipantDetails;
import org.homeward.council.Rsvp;
import org.homeward.shared.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations and their reminders, delegations and their participants, in PostgreSQL. */
@Repository
public class ParticipationStore {

	public static final String INVITATION = "COUNCIL_INVITATION";
	public static final String PARTICIPANT = "COUNCIL_PARTICIPANT";

	private static final String INVITATIONS = """
			SELECT i.*, m.title AS meeting_title, m.title_ru AS meeting_title_ru, m.title_uz AS meeting_title_uz,
			  m.starts_on AS meeting_starts_on,
			  (SELECT count(*) FROM council_reminder r WHERE r.invitation_id = i.id) AS reminders,
			  (SELECT max(sent_at) FROM council_reminder r WHERE r.invitation_id = i.id) AS last_reminded_at
			FROM council_invitation i JOIN council_meeting m ON m.id = i.meeting_id""";

	private final JdbcClient jdbc;

	ParticipationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- invitations ---

	public List<Invitation> invitationsOfMeeting(UUID meetingId, Directory directory) {
		return jdbc.sql(INVITATIONS + " WHERE i.meeting_id = ? ORDER BY i.invited_at, i.id").param(meetingId)
				.query((rs, n) -> invitation(rs, directory)).list().stream()
				.sorted(java.util.Comparator.comparing(i -> i.organization().nameEn())).toList();
	}

	public List<Invitation> invitationsOfOrganization(UUID organizationId, Directory directory) {
		return jdbc.sql(INVITATIONS + " WHERE i.organization_id = ? ORDER BY m.starts_on DESC").param(organizationId)
				.query((rs, n) -> invitation(rs, directory)).list();
	}

	public Optional<Invitation> invitation(UUID id, Directory directory) {
		return jdbc.sql(INVITATIONS + " WHERE i.id = ?").param(id).query((rs, n) -> invitation(rs, directory))
				.optional();
	}

	public Optional<Invitation> invitationOf(UUID meetingId, UUID organizationId, Directory directory) {
		return jdbc.sql(INVITATIONS + " WHERE i.meeting_id = ? AND i.organization_id = ?")
				.params(meetingId, organizationId).query((rs, n) -> invitation(rs, directory)).optional();
	}

	public Optional<Rsvp> rsvpOf(UUID meetingId, UUID organizationId) {
		return jdbc.sql("SELECT rsvp FROM council_invitation WHERE meeting_id = ? AND organization_id = ?")
				.params(meetingId, organizationId).query((rs, n) -> Rsvp.valueOf(rs.getString("rsvp"))).optional();
	}

	/** The meeting and organisation of an invitation. */
	public record InvitationFacts(UUID meetingId, UUID organizationId) {
	}

	public InvitationFacts invitationFacts(UUID id) {
		return jdbc.sql("SELECT meeting_id, organization_id FROM council_invitation WHERE id = ?").param(id)
				.query((rs, n) -> new InvitationFacts(rs.getObject("meeting_id", UUID.class),
						rs.getObject("organization_id", UUID.class)))
				.single();
	}

	public UUID invite(UUID meetingId, UUID organizationId, String actor) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("INSERT INTO council_invitation (id, meeting_id, organization_id, invited_by) VALUES (?, ?, ?, ?)")
					.params(id, meetingId, organizationId, actor).update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("council.invitation.exists");
		}
		return id;
	}

	public void respond(UUID id, int version, Rsvp rsvp, String note, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_invitation SET rsvp = ?, response_note = ?, responded_at = now(), responded_by = ?,
				  version = version + 1
				WHERE id = ? AND version = ?""")
				.params(rsvp.name(), blankToNull(note), actor, id, version).update();
		Versions.requireUpdated(updated, jdbc, "council_invitation", id, version, INVITATION);
	}

	public void remind(UUID invitationId, String sentBy, boolean scheduled) {
		jdbc.sql("INSERT INTO council_reminder (invitation_id, sent_by, scheduled) VALUES (?, ?, ?)")
				.params(invitationId, sentBy, scheduled).update();
	}

	/**
	 * Pending invitations sent before {@code invitedBefore} to meetings still to come within {@code horizonDays},
	 * not reminded since {@code notSince}: those the daily reminder is for.
	 */
	public List<UUID> dueForReminder(LocalDate today, int horizonDays, Instant invitedBefore, Instant notSince) {
		return jdbc.sql("""
				SELECT i.id FROM council_invitation i JOIN council_meeting m ON m.id = i.meeting_id
				WHERE i.rsvp = 'PENDING' AND m.status IN ('PLANNED', 'ANNOUNCED')
				  AND m.starts_on > ? AND m.starts_on <= ?
				  AND i.invited_at < ?
				  AND NOT EXISTS (SELECT 1 FROM council_reminder r WHERE r.invitation_id = i.id AND r.sent_at >= ?)""")
				.params(today, today.plusDays(horizonDays), Timestamp.from(invitedBefore), Timestamp.from(notSince))
				.query(UUID.class).list();
	}

	private static Invitation invitation(ResultSet rs, Directory directory) throws SQLException {
		Timestamp responded = rs.getTimestamp("responded_at");
		Timestamp reminded = rs.getTimestamp("last_reminded_at");
		return new Invitation(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("meeting_id", UUID.class), MeetingStore.title(rs, "meeting_"),
				rs.getObject("meeting_starts_on", LocalDate.class),
				directory.organization(rs.getObject("organization_id", UUID.class)), Rsvp.valueOf(rs.getString("rsvp")),
				rs.getTimestamp("invited_at").toInstant(), rs.getString("invited_by"),
				responded == null ? null : responded.toInstant(), rs.getString("responded_by"),
				rs.getString("response_note"), rs.getInt("reminders"), reminded == null ? null : reminded.toInstant());
	}

	// --- delegations and participants ---

	/** A meeting's delegations, states first, each with its participants; contacts only when asked for. */
	public List<Delegation> delegations(UUID meetingId, Directory directory, boolean withContacts) {
		Map<UUID, List<Participant>> people = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT p.* FROM council_participant p JOIN council_delegation d ON d.id = p.delegation_id
				WHERE d.meeting_id = ?
				ORDER BY CASE p.function WHEN 'HEAD_OF_DELEGATION' THEN 0 WHEN 'SPEAKER' THEN 1 WHEN 'EXPERT' THEN 2
				  ELSE 3 END, p.name NULLS FIRST, p.registered_at""")
				.param(meetingId)
				.query((ResultSet rs) -> {
					people.computeIfAbsent(rs.getObject("delegation_id", UUID.class), k -> new ArrayList<>())
							.add(participant(rs, withContacts));
				});
		return jdbc.sql("""
				SELECT d.* FROM council_delegation d LEFT JOIN country c ON c.code = d.country_code
				LEFT JOIN organization o ON o.id = d.organization_id
				WHERE d.meeting_id = ? ORDER BY d.country_code IS NULL, c.name_en, o.name_en""")
				.param(meetingId)
				.query((rs, n) -> {
					UUID id = rs.getObject("id", UUID.class);
					return new Delegation(id, meetingId, directory.country(rs.getString("country_code")),
							directory.organization(rs.getObject("organization_id", UUID.class)),
							people.getOrDefault(id, List.of()));
				}).list();
	}

	/** The delegation of a state or an organisation to a meeting, made when it does not exist yet. */
	public UUID delegation(UUID meetingId, String countryCode, UUID organizationId) {
		String column = countryCode != null ? "country_code" : "organization_id";
		Object value = countryCode != null ? countryCode : organizationId;
		Optional<UUID> existing = jdbc.sql("SELECT id FROM council_delegation WHERE meeting_id = ? AND " + column + " = ?")
				.params(meetingId, value).query(UUID.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO council_delegation (id, meeting_id, country_code, organization_id) VALUES (?, ?, ?, ?)")
				.params(id, meetingId, countryCode, organizationId).update();
		return id;
	}

	public UUID addParticipant(UUID delegationId, ParticipantDetails p, UUID userId, String actor) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO council_participant (id, delegation_id, name, position, function, email, phone,
					  consent_to_publish, consent_changed_at, user_id, registered_by, updated_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?)""")
					.params(id, delegationId, blankToNull(p.name()), blankToNull(p.position()), p.function().name(),
							blankToNull(p.email()), blankToNull(p.phone()), p.consentToPublish(), userId, actor, actor)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("council.registration.already");
		}
		return id;
	}

	public void updateParticipant(UUID id, int version, ParticipantDetails p, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_participant SET name = ?, position = ?, function = ?, email = ?, phone = ?,
				  consent_changed_at = CASE WHEN consent_to_publish <> ? THEN now() ELSE consent_changed_at END,
				  consent_to_publish = ?, version = version + 1, updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(blankToNull(p.name()), blankToNull(p.position()), p.function().name(), blankToNull(p.email()),
						blankToNull(p.phone()), p.consentToPublish(), p.consentToPublish(), actor, id, version)
				.update();
		Versions.requireUpdated(updated, jdbc, "council_participant", id, version, PARTICIPANT);
	}

	public void setConsent(UUID id, int version, boolean consent, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_participant SET consent_to_publish = ?, consent_changed_at = now(), version = version + 1,
				  updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(consent, actor, id, version).update();
		Versions.requireUpdated(updated, jdbc, "council_participant", id, version, PARTICIPANT);
	}

	public void recordAttendance(UUID id, int version, Attendance attendance, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_participant SET attendance = ?, attendance_by = ?, attendance_at = now(),
				  version = version + 1, updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(attendance == null ? null : attendance.name(), actor, actor, id, version).update();
		Versions.requireUpdated(updated, jdbc, "council_participant", id, version, PARTICIPANT);
	}

	public void removeParticipant(UUID id) {
		jdbc.sql("DELETE FROM council_participant WHERE id = ?").param(id).update();
	}

	/** Where a participant is: meeting, delegation's organisation or state. */
	public record Placement(UUID participantId, UUID meetingId, UUID organizationId, String countryCode,
			String registeredBy) {
	}

	public Optional<Placement> placement(UUID participantId) {
		return jdbc.sql("""
				SELECT p.id, d.meeting_id, d.organization_id, d.country_code, p.registered_by
				FROM council_participant p JOIN council_delegation d ON d.id = p.delegation_id WHERE p.id = ?""")
				.param(participantId)
				.query((rs, n) -> new Placement(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
						rs.getObject("organization_id", UUID.class), rs.getString("country_code"),
						rs.getString("registered_by")))
				.optional();
	}

	private static Participant participant(ResultSet rs, boolean withContacts) throws SQLException {
		String attendance = rs.getString("attendance");
		return new Participant(rs.getObject("id", UUID.class), rs.getInt("version"),
				rs.getObject("delegation_id", UUID.class), rs.getString("name"), rs.getString("position"),
				ParticipantFunction.valueOf(rs.getString("function")),
				withContacts ? new Participant.Contact(rs.getString("email"), rs.getString("phone")) : null,
				rs.getBoolean("consent_to_publish"), attendance == null ? null : Attendance.valueOf(attendance),
				rs.getObject("user_id") != null, rs.getString("registered_by"));
	}
}

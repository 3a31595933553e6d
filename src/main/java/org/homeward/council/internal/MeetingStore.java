package org.homeward.council.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.Meeting;
import org.homeward.council.MeetingCommands.MeetingDetails;
import org.homeward.council.MeetingParty;
import org.homeward.council.MeetingRole;
import org.homeward.council.MeetingStatus;
import org.homeward.council.MeetingTitle;
import org.homeward.council.RoleInMeeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meetings and the organisations' roles in them, in PostgreSQL. */
@Repository
public class MeetingStore {

	public static final String RECORD_TYPE = "COUNCIL_MEETING";

	/** A meeting an organisation has a role in or an invitation to: what its members may see. */
	private static final String OF_ORGANIZATION = """
			(EXISTS (SELECT 1 FROM council_meeting_party p WHERE p.meeting_id = m.id AND p.organization_id = :org)
			 OR EXISTS (SELECT 1 FROM council_invitation i WHERE i.meeting_id = m.id AND i.organization_id = :org))""";

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Meeting> all() {
		return jdbc.sql("SELECT * FROM council_meeting m ORDER BY starts_on DESC, title").query(MeetingStore::meeting)
				.list();
	}

	public List<Meeting> ofOrganization(UUID organizationId) {
		return jdbc.sql("SELECT * FROM council_meeting m WHERE " + OF_ORGANIZATION + " ORDER BY starts_on DESC, title")
				.param("org", organizationId).query(MeetingStore::meeting).list();
	}

	public Optional<Meeting> find(UUID id) {
		return jdbc.sql("SELECT * FROM council_meeting WHERE id = ?").param(id).query(MeetingStore::meeting).optional();
	}

	public boolean concerns(UUID meetingId, UUID organizationId) {
		return organizationId != null && jdbc.sql("SELECT count(*) FROM council_meeting m WHERE m.id = :id AND "
				+ OF_ORGANIZATION).param("id", meetingId).param("org", organizationId).query(Long.class).single() > 0;
	}

	public Optional<Meeting> findByTitle(String title) {
		return jdbc.sql("SELECT * FROM council_meeting WHERE title = ? ORDER BY starts_on LIMIT 1").param(title)
				.query(MeetingStore::meeting).optional();
	}

	public UUID insert(MeetingDetails m, String timeZone, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_meeting (id, title, title_ru, title_uz, starts_on, ends_on, city, venue, host_country,
				  chair, status, time_zone, note, created_by, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, m.title().strip(), blankToNull(m.titleRu()), blankToNull(m.titleUz()), m.startsOn(),
						m.endsOn(), blankToNull(m.city()), blankToNull(m.venue()), blankToNull(m.hostCountry()),
						blankToNull(m.chair()), m.status().name(), timeZone, blankToNull(m.note()), actor, actor)
				.update();
		return id;
	}

	public void update(UUID id, int version, MeetingDetails m, String timeZone, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_meeting SET title = ?, title_ru = ?, title_uz = ?, starts_on = ?, ends_on = ?, city = ?,
				  venue = ?, host_country = ?, chair = ?, status = ?, time_zone = ?, note = ?, version = version + 1,
				  updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(m.title().strip(), blankToNull(m.titleRu()), blankToNull(m.titleUz()), m.startsOn(),
						m.endsOn(), blankToNull(m.city()), blankToNull(m.venue()), blankToNull(m.hostCountry()),
						blankToNull(m.chair()), m.status().name(), timeZone, blankToNull(m.note()), actor, id, version)
				.update();
		Versions.requireUpdated(updated, jdbc, "council_meeting", id, version, RECORD_TYPE);
	}

	/** The roles of the organisations in a meeting, organisers first. */
	public List<MeetingParty> parties(UUID meetingId, Directory directory) {
		return jdbc.sql("SELECT organization_id, role FROM council_meeting_party WHERE meeting_id = ?")
				.param(meetingId)
				.query((rs, n) -> new MeetingParty(directory.organization(rs.getObject("organization_id", UUID.class)),
						MeetingRole.valueOf(rs.getString("role"))))
				.list().stream().filter(p -> p.organization() != null).sorted(java.util.Comparator
						.comparing((MeetingParty p) -> p.role().ordinal()).thenComparing(p -> p.organization().nameEn()))
				.toList();
	}

	public Optional<MeetingRole> roleOf(UUID meetingId, UUID organizationId) {
		return jdbc.sql("SELECT role FROM council_meeting_party WHERE meeting_id = ? AND organization_id = ?")
				.params(meetingId, organizationId).query((rs, n) -> MeetingRole.valueOf(rs.getString("role")))
				.optional();
	}

	public void setRole(UUID meetingId, UUID organizationId, MeetingRole role) {
		jdbc.sql("""
				INSERT INTO council_meeting_party (meeting_id, organization_id, role) VALUES (?, ?, ?)
				ON CONFLICT (meeting_id, organization_id) DO UPDATE SET role = EXCLUDED.role""")
				.params(meetingId, organizationId, role.name()).update();
	}

	/** Gives the organisation the role unless it already has one. */
	public void addRoleIfAbsent(UUID meetingId, UUID organizationId, MeetingRole role) {
		jdbc.sql("""
				INSERT INTO council_meeting_party (meeting_id, organization_id, role) VALUES (?, ?, ?)
				ON CONFLICT (meeting_id, organization_id) DO NOTHING""")
				.params(meetingId, organizationId, role.name()).update();
	}

	public boolean removeRole(UUID meetingId, UUID organizationId) {
		return jdbc.sql("DELETE FROM council_meeting_party WHERE meeting_id = ? AND organization_id = ?")
				.params(meetingId, organizationId).update() > 0;
	}

	/** Every organisation's roles across meetings, for the reference page: organisation, meeting, role. */
	public List<RoleInMeeting> rolesInMeetings() {
		return jdbc.sql("""
				SELECT p.organization_id, p.role, m.id AS meeting_id, m.title, m.title_ru, m.title_uz, m.starts_on
				FROM council_meeting_party p JOIN council_meeting m ON m.id = p.meeting_id
				ORDER BY m.starts_on, p.role""")
				.query((rs, n) -> new RoleInMeeting(rs.getObject("organization_id", UUID.class),
						rs.getObject("meeting_id", UUID.class), title(rs, ""),
						rs.getObject("starts_on", LocalDate.class), MeetingRole.valueOf(rs.getString("role"))))
				.list();
	}

	private static Meeting meeting(ResultSet rs, int n) throws SQLException {
		return new Meeting(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("title"),
				rs.getString("title_ru"), rs.getString("title_uz"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("city"), rs.getString("venue"),
				rs.getString("host_country"), rs.getString("chair"),
				MeetingStatus.valueOf(rs.getString("status")), rs.getString("time_zone"), rs.getString("note"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	/** A meeting's title and its translations from a row, its columns named with the prefix ({@code meeting_}). */
	static MeetingTitle title(ResultSet rs, String prefix) throws SQLException {
		return new MeetingTitle(rs.getString(prefix + "title"), rs.getString(prefix + "title_ru"),
				rs.getString(prefix + "title_uz"));
	}
}

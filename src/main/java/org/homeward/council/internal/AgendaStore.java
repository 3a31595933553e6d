package org.homeward.council.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.AgendaItem;
import org.homeward.council.AgendaKind;
import org.homeward.council.MeetingCommands.AgendaItemDetails;
import org.homeward.council.MeetingCommands.SpeakerDetails;
import org.homeward.council.Speaker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Agenda items with their speakers, and the recommendations a follow-up item reviews. */
@Repository
public class AgendaStore {

	public static final String RECORD_TYPE = "COUNCIL_AGENDA_ITEM";

	private final JdbcClient jdbc;

	AgendaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A meeting's items in the order of the day, parallel items by title. */
	public List<AgendaItem> ofMeeting(UUID meetingId, Directory directory) {
		Map<UUID, List<Speaker>> speakers = speakersOf(meetingId, directory);
		return jdbc.sql("SELECT * FROM council_agenda_item WHERE meeting_id = ? ORDER BY day, slot, starts_at, title")
				.param(meetingId).query((rs, n) -> item(rs, speakers)).list();
	}

	public Optional<AgendaItem> find(UUID id, Directory directory) {
		return jdbc.sql("SELECT * FROM council_agenda_item WHERE id = ?").param(id)
				.query((rs, n) -> item(rs, Map.of())).optional()
				.map(item -> new AgendaItem(item.id(), item.version(), item.meetingId(), item.kind(), item.title(),
						item.titleRu(), item.titleUz(), item.description(), item.day(), item.slot(), item.startsAt(),
						item.endsAt(), item.room(), item.moderator(), item.workingGroupId(), item.followUp(),
						speakersOf(item.meetingId(), directory).getOrDefault(item.id(), List.of())));
	}

	/** The kinds of the other items sharing a day and slot with an item, to keep parallel items to breakouts. */
	public List<AgendaKind> kindsInSlot(UUID meetingId, LocalDate day, int slot, UUID except) {
		return jdbc.sql("SELECT kind FROM council_agenda_item WHERE meeting_id = ? AND day = ? AND slot = ? AND id <> ?")
				.params(meetingId, day, slot, except == null ? new UUID(0, 0) : except)
				.query((rs, n) -> AgendaKind.valueOf(rs.getString("kind"))).list();
	}

	public int lastSlot(UUID meetingId, LocalDate day) {
		return jdbc.sql("SELECT coalesce(max(slot), 0) FROM council_agenda_item WHERE meeting_id = ? AND day = ?")
				.params(meetingId, day).query(Integer.class).single();
	}

	public UUID insert(UUID meetingId, AgendaItemDetails item, LocalDate day, boolean followUp, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_agenda_item (id, meeting_id, kind, title, title_ru, title_uz, description, day, slot,
				  starts_at, ends_at, room, moderator, working_group_id, follow_up, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, meetingId, item.kind().name(), item.title().strip(), blankToNull(item.titleRu()),
						blankToNull(item.titleUz()), blankToNull(item.description()), day,
						item.slot(), item.startsAt(), item.endsAt(), blankToNull(item.room()),
						blankToNull(item.moderator()), item.workingGroupId(), followUp, actor)
				.update();
		replaceSpeakers(id, item.speakers());
		return id;
	}

	public void update(UUID id, int version, AgendaItemDetails item, LocalDate day, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_agenda_item SET kind = ?, title = ?, title_ru = ?, title_uz = ?, description = ?, day = ?,
				  slot = ?, starts_at = ?, ends_at = ?, room = ?, moderator = ?, working_group_id = ?,
				  version = version + 1, updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(item.kind().name(), item.title().strip(), blankToNull(item.titleRu()),
						blankToNull(item.titleUz()), blankToNull(item.description()), day, item.slot(),
						item.startsAt(), item.endsAt(), blankToNull(item.room()), blankToNull(item.moderator()),
						item.workingGroupId(), actor, id, version)
				.update();
		Versions.requireUpdated(updated, jdbc, "council_agenda_item", id, version, RECORD_TYPE);
		replaceSpeakers(id, item.speakers());
	}

	/** Whether anything refers to the item (minutes, materials, recommendations), so that it may not be removed. */
	public boolean referenced(UUID id) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM council_minutes_revision WHERE agenda_item_id = :id)
				    OR EXISTS (SELECT 1 FROM council_material WHERE agenda_item_id = :id)
				    OR EXISTS (SELECT 1 FROM council_recommendation WHERE agenda_item_id = :id)""")
				.param("id", id).query(Boolean.class).single();
	}

	public void delete(UUID id) {
		jdbc.sql("DELETE FROM council_agenda_item WHERE id = ?").param(id).update();
	}

	private void replaceSpeakers(UUID itemId, List<SpeakerDetails> speakers) {
		jdbc.sql("DELETE FROM council_speaker WHERE agenda_item_id = ?").param(itemId).update();
		int position = 0;
		for (SpeakerDetails s : speakers) {
			jdbc.sql("""
					INSERT INTO council_speaker (agenda_item_id, position, name, title, title_ru, title_uz,
					  organization_id, country_code)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(itemId, ++position, blankToNull(s.name()), blankToNull(s.title()),
							blankToNull(s.titleRu()), blankToNull(s.titleUz()), s.organizationId(),
							blankToNull(s.countryCode()))
					.update();
		}
	}

	private Map<UUID, List<Speaker>> speakersOf(UUID meetingId, Directory directory) {
		Map<UUID, List<Speaker>> speakers = new HashMap<>();
		jdbc.sql("""
				SELECT s.* FROM council_speaker s JOIN council_agenda_item i ON i.id = s.agenda_item_id
				WHERE i.meeting_id = ? ORDER BY s.agenda_item_id, s.position""")
				.param(meetingId)
				.query((ResultSet rs) -> {
					speakers.computeIfAbsent(rs.getObject("agenda_item_id", UUID.class), k -> new ArrayList<>())
							.add(new Speaker(rs.getString("name"), rs.getString("title"), rs.getString("title_ru"),
									rs.getString("title_uz"),
									directory.organization(rs.getObject("organization_id", UUID.class)),
									directory.country(rs.getString("country_code"))));
				});
		return speakers;
	}

	// --- follow-up ---

	public Optional<UUID> followUpItem(UUID meetingId) {
		return jdbc.sql("SELECT id FROM council_agenda_item WHERE meeting_id = ? AND follow_up ORDER BY day, slot LIMIT 1")
				.param(meetingId).query(UUID.class).optional();
	}

	public void replaceFollowUp(UUID itemId, List<UUID> recommendationIds) {
		jdbc.sql("DELETE FROM council_follow_up WHERE agenda_item_id = ?").param(itemId).update();
		for (UUID recommendation : recommendationIds) {
			jdbc.sql("INSERT INTO council_follow_up (agenda_item_id, recommendation_id) VALUES (?, ?)")
					.params(itemId, recommendation).update();
		}
	}

	public List<UUID> followedUp(UUID itemId) {
		return jdbc.sql("""
				SELECT f.recommendation_id FROM council_follow_up f
				JOIN council_recommendation r ON r.id = f.recommendation_id
				JOIN council_meeting m ON m.id = r.meeting_id
				WHERE f.agenda_item_id = ? ORDER BY m.starts_on, r.number""")
				.param(itemId).query(UUID.class).list();
	}

	private static AgendaItem item(ResultSet rs, Map<UUID, List<Speaker>> speakers) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new AgendaItem(id, rs.getInt("version"), rs.getObject("meeting_id", UUID.class),
				AgendaKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("title_ru"),
				rs.getString("title_uz"), rs.getString("description"),
				rs.getObject("day", LocalDate.class), rs.getInt("slot"), rs.getObject("starts_at", LocalTime.class),
				rs.getObject("ends_at", LocalTime.class), rs.getString("room"), rs.getString("moderator"),
				rs.getObject("working_group_id", UUID.class), rs.getBoolean("follow_up"),
				speakers.getOrDefault(id, List.of()));
	}
}

package org.homeward.council.internal;

import static org.homeward.shared.Text.blankToNull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.Material;
import org.homeward.council.MeetingCommands.AddMaterial;
import org.homeward.council.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A meeting's materials, in PostgreSQL. */
@Repository
public class MaterialStore {

	public static final String RECORD_TYPE = "COUNCIL_MATERIAL";

	private static final String SELECT = """
			SELECT m.*, f.file_name, f.content_type, f.size
			FROM council_material m LEFT JOIN council_file f ON f.id = m.file_id""";

	private final JdbcClient jdbc;

	MaterialStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Material> ofMeeting(UUID meetingId) {
		return jdbc.sql(SELECT + " WHERE m.meeting_id = ? ORDER BY m.added_at, m.title").param(meetingId)
				.query((rs, n) -> new Material(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
						rs.getObject("agenda_item_id", UUID.class), rs.getString("title"),
						Visibility.valueOf(rs.getString("visibility")), rs.getString("link"),
						FileStore.described(rs, "file_id"), rs.getTimestamp("added_at").toInstant(),
						rs.getString("added_by")))
				.list();
	}

	public Optional<Material> find(UUID id) {
		return jdbc.sql("SELECT meeting_id FROM council_material WHERE id = ?").param(id).query(UUID.class).optional()
				.flatMap(meeting -> ofMeeting(meeting).stream().filter(m -> m.id().equals(id)).findFirst());
	}

	public UUID insert(UUID meetingId, AddMaterial material, UUID fileId, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_material (id, meeting_id, agenda_item_id, title, visibility, link, file_id, added_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, meetingId, material.agendaItemId(), material.title().strip(),
						material.visibility().name(), blankToNull(material.link()), fileId, actor)
				.update();
		return id;
	}

	public void delete(UUID id) {
		jdbc.sql("DELETE FROM council_material WHERE id = ?").param(id).update();
	}
}

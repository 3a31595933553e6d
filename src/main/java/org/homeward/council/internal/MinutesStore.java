package org.homeward.council.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.MeetingCommands.RecordOutcome;
import org.homeward.council.MinutesRevision;
import org.homeward.council.OutcomeDocument;
import org.homeward.shared.StaleVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Minutes kept as revisions (a save never overwrites: it adds the next revision) and the outcome document, in
 * PostgreSQL.
 */
@Repository
public class MinutesStore {

	public static final String MINUTES = "COUNCIL_MINUTES";
	public static final String OUTCOME = "COUNCIL_OUTCOME";

	private final JdbcClient jdbc;

	MinutesStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest revision of each item's minutes in a meeting. */
	public Map<UUID, MinutesRevision> currentOfMeeting(UUID meetingId) {
		Map<UUID, MinutesRevision> current = new HashMap<>();
		jdbc.sql("""
				SELECT DISTINCT ON (r.agenda_item_id) r.* FROM council_minutes_revision r
				JOIN council_agenda_item i ON i.id = r.agenda_item_id
				WHERE i.meeting_id = ? ORDER BY r.agenda_item_id, r.revision DESC""")
				.param(meetingId).query(MinutesStore::revision).list()
				.forEach(r -> current.put(r.agendaItemId(), r));
		return current;
	}

	public List<MinutesRevision> revisions(UUID agendaItemId) {
		return jdbc.sql("SELECT * FROM council_minutes_revision WHERE agenda_item_id = ? ORDER BY revision DESC")
				.param(agendaItemId).query(MinutesStore::revision).list();
	}

	public int latestRevision(UUID agendaItemId) {
		return jdbc.sql("SELECT coalesce(max(revision), 0) FROM council_minutes_revision WHERE agenda_item_id = ?")
				.param(agendaItemId).query(Integer.class).single();
	}

	/**
	 * Saves the text as the revision after {@code baseRevision}; if someone saved that revision first, the save is
	 * stale and nothing is written.
	 */
	public int addRevision(UUID agendaItemId, int baseRevision, String text, String actor) {
		int latest = latestRevision(agendaItemId);
		if (latest != baseRevision) {
			throw new StaleVersion(MINUTES, baseRevision, latest);
		}
		try {
			jdbc.sql("INSERT INTO council_minutes_revision (agenda_item_id, revision, text, written_by) VALUES (?, ?, ?, ?)")
					.params(agendaItemId, baseRevision + 1, text.strip(), actor).update();
		}
		catch (DuplicateKeyException e) {
			// two saves on the same revision at the same moment: the primary key lets one through
			throw new StaleVersion(MINUTES, baseRevision, baseRevision + 1);
		}
		return baseRevision + 1;
	}

	public Optional<OutcomeDocument> outcome(UUID meetingId) {
		return jdbc.sql("SELECT * FROM council_outcome_document WHERE meeting_id = ?").param(meetingId)
				.query((rs, n) -> new OutcomeDocument(rs.getObject("meeting_id", UUID.class), rs.getInt("version"),
						rs.getString("title"), rs.getString("text"), rs.getObject("adopted_on", LocalDate.class),
						rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
				.optional();
	}

	/**
	 * Writes the outcome document on the version the secretary read; version 0 means "there is none yet" and creates
	 * it as version 1, so that two secretaries creating it at once cannot overwrite each other.
	 */
	public void saveOutcome(UUID meetingId, RecordOutcome outcome, String actor) {
		int updated = jdbc.sql("""
				UPDATE council_outcome_document SET title = ?, text = ?, adopted_on = ?, version = version + 1,
				  updated_at = now(), updated_by = ?
				WHERE meeting_id = ? AND version = ?""")
				.params(outcome.title().strip(), outcome.text().strip(), outcome.adoptedOn(), actor, meetingId,
						outcome.version())
				.update();
		if (updated > 0) {
			return;
		}
		Optional<Integer> current = jdbc.sql("SELECT version FROM council_outcome_document WHERE meeting_id = ?")
				.param(meetingId).query(Integer.class).optional();
		if (current.isPresent() || outcome.version() != 0) {
			throw new StaleVersion(OUTCOME, outcome.version(), current.orElse(0));
		}
		try {
			jdbc.sql("""
					INSERT INTO council_outcome_document (meeting_id, version, title, text, adopted_on, updated_by)
					VALUES (?, 1, ?, ?, ?, ?)""")
					.params(meetingId, outcome.title().strip(), outcome.text().strip(), outcome.adoptedOn(), actor)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new StaleVersion(OUTCOME, 0, 0);
		}
	}

	private static MinutesRevision revision(ResultSet rs, int n) throws SQLException {
		return new MinutesRevision(rs.getObject("agenda_item_id", UUID.class), rs.getInt("revision"),
				rs.getString("text"), rs.getTimestamp("written_at").toInstant(), rs.getString("written_by"));
	}
}

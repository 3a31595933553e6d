package org.homeward.assessments.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.assessments.DueAssessment;
import org.homeward.assessments.DueStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessments each case owes. At most one of each instrument is due at a time. */
@Repository
public class DueStore {

	private final JdbcClient jdbc;

	DueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes an assessment due, unless it already is (an event delivered twice changes nothing) or one was recorded
	 * already: the event is handled after its transaction committed, and that transaction (a data import, the demo)
	 * may have recorded the assessment in the meantime.
	 */
	public void makeDue(UUID caseId, String instrumentCode, LocalDate since) {
		jdbc.sql("""
				INSERT INTO due_assessment (case_id, instrument_code, due_since, status)
				SELECT :case, :instrument, :since, 'DUE'
				WHERE NOT EXISTS (SELECT 1 FROM assessment WHERE case_id = :case AND instrument_code = :instrument)
				ON CONFLICT (case_id, instrument_code) WHERE status = 'DUE' DO NOTHING""")
				.param("case", caseId).param("instrument", instrumentCode).param("since", since).update();
	}

	/** Marks the due assessment of this instrument, if any, as done by the recorded one. */
	public void markDone(UUID caseId, String instrumentCode, UUID assessmentId) {
		jdbc.sql("""
				UPDATE due_assessment SET status = 'DONE', assessment_id = ?, updated_at = now()
				WHERE case_id = ? AND instrument_code = ? AND status = 'DUE'""")
				.params(assessmentId, caseId, instrumentCode).update();
	}

	/** Cancels everything the case still owes. */
	public int cancelAll(UUID caseId) {
		return jdbc.sql("""
				UPDATE due_assessment SET status = 'CANCELLED', updated_at = now() WHERE case_id = ? AND status = 'DUE'""")
				.param(caseId).update();
	}

	/** What the case owes now first, then what it owed, the most recent first. */
	/** How many open cases of a case manager have an assessment due. */
	public long casesDueFor(UUID caseManagerId) {
		return jdbc.sql("""
				SELECT count(DISTINCT d.case_id) FROM due_assessment d JOIN case_file c ON c.id = d.case_id
				WHERE d.status = 'DUE' AND c.case_manager_id = ? AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')""")
				.param(caseManagerId).query(Long.class).single();
	}

	public List<DueAssessment> ofCase(UUID caseId) {
		return jdbc.sql("""
				SELECT instrument_code, due_since, status FROM due_assessment WHERE case_id = ?
				ORDER BY status = 'DUE' DESC, due_since DESC, id DESC""")
				.param(caseId)
				.query((rs, n) -> new DueAssessment(rs.getString("instrument_code"),
						rs.getObject("due_since", LocalDate.class), DueStatus.valueOf(rs.getString("status"))))
				.list();
	}
}

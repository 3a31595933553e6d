package org.homeward.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.registry.PersonRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: a case closed longer ago than {@code homeward.retention.closed-case} (five years by default) is
 * anonymised by a nightly job, one case per transaction. Names, aliases, identity documents, the exact date of birth,
 * notes, attachments, section fields, the reasons written for stage changes, closure and transfers, plan texts, and
 * consents' words and evidence are removed; the case's stages and their dates, region, sections' status fields,
 * assessments' scores and the person's sex, birth year and origin stay, so that every indicator still counts it. Each
 * anonymisation is audited.
 */
@Service
public class CaseRetention {

	static final Actor RETENTION = new Actor("retention", "SYSTEM", null);
	private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);

	private final JdbcClient jdbc;
	private final PersonRetention persons;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final Period closedCase;

	CaseRetention(JdbcClient jdbc, PersonRetention persons, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock,
			@Value("${homeward.retention.closed-case:P5Y}") Period closedCase) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.audit = audit;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
		this.closedCase = closedCase;
	}

	@Scheduled(cron = "${homeward.retention.schedule:0 30 2 * * *}")
	public void nightly() {
		int done = anonymiseDue(clock.instant());
		if (done > 0) {
			log.info("Retention: anonymised {} closed cases past {}", done, closedCase);
		}
	}

	/** Anonymises every case closed before {@code now} minus the retention period; returns how many. */
	public int anonymiseDue(Instant now) {
		Instant closedBefore = now.atOffset(ZoneOffset.UTC).minus(closedCase).toInstant();
		List<UUID> due = jdbc.sql("""
				SELECT c.id FROM case_file c
				WHERE c.stage = 'CLOSED' AND c.anonymised_at IS NULL
				  AND (SELECT max(s.changed_at) FROM case_stage_change s WHERE s.case_id = c.id AND s.to_stage = 'CLOSED')
				      < :closedBefore""").param("closedBefore", Timestamp.from(closedBefore)).query(UUID.class).list();
		for (UUID caseId : due) {
			transaction.executeWithoutResult(status -> anonymise(caseId, now));
		}
		return due.size();
	}

	private void anonymise(UUID caseId, Instant now) {
		UUID personId = jdbc.sql("SELECT person_id FROM case_file WHERE id = ? AND anonymised_at IS NULL FOR UPDATE")
				.param(caseId).query(UUID.class).optional().orElse(null);
		if (personId == null) {
			return; // done meanwhile by another instance
		}
		jdbc.sql("DELETE FROM case_note WHERE case_id = ?").param(caseId).update();
		jdbc.sql("DELETE FROM case_attachment WHERE case_id = ?").param(caseId).update();
		jdbc.sql("UPDATE case_section SET fields = '{}', fields_sealed = NULL, sealed_key = NULL WHERE case_id = ?")
				.param(caseId).update();
		jdbc.sql("UPDATE case_stage_change SET reason = '' WHERE case_id = ?").param(caseId).update();
		jdbc.sql("UPDATE case_transfer SET reason = '', decision_reason = NULL WHERE case_id = ?").param(caseId).update();
		jdbc.sql("UPDATE emergency_access SET reason = '', review_note = NULL WHERE case_id = ?").param(caseId).update();
		jdbc.sql("UPDATE plan_goal SET description = '' WHERE case_id = ?").param(caseId).update();
		jdbc.sql("UPDATE plan_action SET description = '' WHERE case_id = ?").param(caseId).update();
		jdbc.sql("""
				UPDATE case_file SET closure_reason = NULL, anonymised_at = ?, version = version + 1, updated_at = now(),
				  updated_by = 'retention'
				WHERE id = ?""").params(Timestamp.from(now), caseId).update();
		persons.anonymise(personId);
		events.publishEvent(new CaseAnonymised(caseId, personId));
		audit.record(RETENTION, AuditAction.DELETE, "CASE", caseId,
				"anonymised after the retention period of closed cases (" + closedCase + ")");
		audit.record(RETENTION, AuditAction.DELETE, "PERSON", personId, "anonymised with case " + caseId);
	}
}

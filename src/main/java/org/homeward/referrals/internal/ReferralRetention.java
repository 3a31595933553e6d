package org.homeward.referrals.internal;

import org.homeward.cases.CaseAnonymised;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A closed case past its retention period: the referrals' free texts and the consents' guardian names, children's
 * words and evidence go, in the anonymising transaction; services, organisations, statuses and dates stay, for the
 * indicators.
 */
@Component
class ReferralRetention {

	private final JdbcClient jdbc;

	ReferralRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseAnonymised event) {
		jdbc.sql("UPDATE referral SET task = '', reason = NULL WHERE case_id = ?").param(event.caseId()).update();
		jdbc.sql("""
				UPDATE referral_change SET reason = NULL
				WHERE referral_id IN (SELECT id FROM referral WHERE case_id = ?)""").param(event.caseId()).update();
		jdbc.sql("UPDATE service_delivery SET activity = '', notes = NULL WHERE case_id = ?").param(event.caseId())
				.update();
		jdbc.sql("""
				UPDATE consent SET guardian_name = NULL, child_view = NULL, child_view_sealed = NULL, evidence = NULL,
				  evidence_sealed = NULL, evidence_name = NULL, evidence_type = NULL, withdrawn_reason = NULL
				WHERE person_id = ?""").param(event.personId()).update();
	}
}

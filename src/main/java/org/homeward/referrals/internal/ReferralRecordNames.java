package org.homeward.referrals.internal;

import java.util.Map;

import org.homeward.audit.RecordNamesBySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names referrals by their service and case number, and consents by the case they belong to, for the auditor. */
@Component
class ReferralRecordNames extends RecordNamesBySql {

	ReferralRecordNames(JdbcClient jdbc) {
		super(jdbc, Map.of("REFERRAL", """
				SELECT r.id, CASE :lang WHEN 'ru' THEN s.name_ru WHEN 'uz' THEN s.name_uz ELSE s.name_en END
				  || ' · ' || c.number AS name
				FROM referral r JOIN service_type s ON s.code = r.service_code JOIN case_file c ON c.id = r.case_id
				WHERE r.id IN (:ids)""", "CONSENT", """
				SELECT k.id, c.number AS name FROM consent k JOIN case_file c ON c.person_id = k.person_id
				WHERE k.id IN (:ids)"""));
	}
}

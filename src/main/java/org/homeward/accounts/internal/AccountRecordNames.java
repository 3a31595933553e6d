package org.homeward.accounts.internal;

import java.util.Map;
import java.util.Set;

import org.homeward.audit.RecordNamesBySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names accounts, and changes of their roles, by username, for the auditor. */
@Component
class AccountRecordNames extends RecordNamesBySql {

	private final JdbcClient jdbc;

	AccountRecordNames(JdbcClient jdbc) {
		super(jdbc, Map.of("USER", "SELECT id, username AS name FROM app_user WHERE id IN (:ids)", "ROLE_CHANGE", """
				SELECT c.id, u.username AS name FROM role_change c JOIN app_user u ON u.id = c.user_id
				WHERE c.id IN (:ids)"""));
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Set<String>> resolve(String reference) {
		return jdbc.sql("SELECT id FROM app_user WHERE lower(username) = lower(trim(?))").param(reference)
				.query(String.class).optional().map(id -> Map.of("USER", Set.of(id))).orElse(Map.of());
	}
}

package org.homeward.shared.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The safety net under the checks of each command: a value that names a record which does not exist, as
 * PostgreSQL's foreign key reports it (SQLState 23503, "Key (organization_id)=(…) is not present"). It is named by
 * the field of the request that carried the value (the JSON body remembered by {@link RememberedBodies}, or the
 * form, see {@link RequestFields}), else by the column; neither the SQL nor the value is ever shown.
 *
 * @param column the referencing column
 * @param value the value that names nothing, only to find the field that carried it
 */
record MissingReference(String column, String value) {

	static final String MESSAGE = "input.unknownReference";

	private static final Pattern KEY = Pattern.compile("Key \\(([^,)]+)[^)]*\\)=\\(([^,)]*)[^)]*\\) is not present");

	/** The missing reference a failed write reports, or nothing when it failed otherwise. */
	static Optional<MissingReference> of(DataIntegrityViolationException e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof PSQLException psql && "23503".equals(psql.getSQLState())) {
				ServerErrorMessage server = psql.getServerErrorMessage();
				Matcher key = KEY.matcher(server == null || server.getDetail() == null ? "" : server.getDetail());
				return key.find() ? Optional.of(new MissingReference(key.group(1), key.group(2))) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** The field of the request that carried the value: its path in the JSON body, or its name in the form. */
	String fieldOf(HttpServletRequest request) {
		return RequestFields.carrying(value, request).orElseGet(() -> camelCase(column));
	}

	/** {@code owning_organization_id} as the field {@code owningOrganizationId}. */
	static String camelCase(String column) {
		StringBuilder field = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				field.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return field.toString();
	}
}

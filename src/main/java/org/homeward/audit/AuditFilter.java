package org.homeward.audit;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the auditor is looking for; every criterion is optional.
 *
 * @param record the record as the auditor names it: a case number, a username, or a record's identifier
 * @param recordIds the identifiers {@code record} stands for, found by the modules' {@link RecordNames}; none when
 * no record was named
 */
public record AuditFilter(
		@Size(max = 100) String actor,
		AuditAction action,
		@Size(max = 40) String recordType,
		@Size(max = 64) String record,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		Set<String> recordIds) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null, null);
	}

	/** The same filter, looking for the records its named record stands for. */
	public AuditFilter standingFor(Set<String> ids) {
		return new AuditFilter(actor, action, recordType, record, from, to, Set.copyOf(ids));
	}
}

package org.homeward.audit;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the auditor is looking for; every criterion is optional. */
public record AuditFilter(
		@Size(max = 100) String actor,
		AuditAction action,
		@Size(max = 40) String recordType,
		@Size(max = 64) String recordId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}
}

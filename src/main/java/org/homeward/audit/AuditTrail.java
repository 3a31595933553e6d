package org.homeward.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.homeward.audit.internal.AuditStore;
import org.homeward.shared.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail and reads it back. Entries are written in the caller's transaction: a change and
 * its entry are saved together or not at all, and a read whose entry cannot be written fails.
 */
@Service
public class AuditTrail {

	/** Actions that show a record's content to someone, for "who viewed this record". */
	private static final Set<AuditAction> ACCESSES = Set.of(AuditAction.VIEW, AuditAction.LIST, AuditAction.EXPORT,
			AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);

	private final AuditStore store;

	AuditTrail(AuditStore store) {
		this.store = store;
	}

	@Transactional
	public void record(Actor actor, AuditAction action, String recordType, Object recordId, String detail) {
		store.append(actor, action, recordType, List.of(recordId == null ? "" : recordId.toString()), detail,
				clientAddress(), Instant.now());
	}

	/** One entry per record, for a list or search result that showed several at once. */
	@Transactional
	public void recordEach(Actor actor, AuditAction action, String recordType, Collection<?> recordIds, String detail) {
		if (recordIds.isEmpty()) {
			return;
		}
		store.append(actor, action, recordType, recordIds.stream().map(Object::toString).toList(), detail,
				clientAddress(), Instant.now());
	}

	/** Who saw or changed a record, newest first. Reading this list is itself not personal data of the record. */
	@Transactional(readOnly = true)
	public List<AuditEntry> accessesOf(String recordType, Object recordId, int limit) {
		return store.entriesFor(recordType, recordId.toString(), ACCESSES, Math.min(limit, 500));
	}

	@PreAuthorize("hasRole('AUDITOR')")
	@Transactional(readOnly = true)
	public PageOf<AuditEntry> search(AuditFilter filter, PageOf.Request page) {
		return store.search(filter, page, ZoneOffset.UTC);
	}

	/** The newest entries the filter finds, at most {@code limit}: for the auditor's export. */
	@PreAuthorize("hasRole('AUDITOR')")
	@Transactional(readOnly = true)
	public List<AuditEntry> newest(AuditFilter filter, int limit) {
		return store.newest(filter, limit, ZoneOffset.UTC);
	}

	/** Checks every entry of the trail; the check itself is recorded. */
	@PreAuthorize("hasRole('AUDITOR')")
	@Transactional
	public AuditChain.Verification verify(Actor auditor) {
		AuditChain.Verification outcome = store.verifyChain();
		record(auditor, AuditAction.VERIFY, "AUDIT_TRAIL", null,
				outcome.intact() ? "intact" : "broken at " + outcome.firstBrokenEntry());
		return outcome;
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}

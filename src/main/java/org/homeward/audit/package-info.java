/**
 * The audit trail: every view, change and export of personal data, with who, in which role and organisation,
 * which record, when and from which address. Entries are only ever appended; each carries a hash of its content
 * and of the previous entry, so that the auditor can verify that none was changed or removed.
 */
package org.homeward.audit;

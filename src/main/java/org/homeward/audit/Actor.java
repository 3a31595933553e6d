package org.homeward.audit;

import java.util.UUID;

/**
 * Who acts, as the audit trail records it.
 *
 * @param username the account name
 * @param roles the account's roles at the time, comma-separated
 * @param organizationId the account's organisation, if any
 */
public record Actor(String username, String roles, UUID organizationId) {
}

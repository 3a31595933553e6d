package org.homeward.audit;

/**
 * The sealing step chained more entries: the chain now ends at {@code position} with {@code hash}. Whoever
 * anchors the trail outside the database (a signed export of the latest hash, say) listens to this.
 *
 * @param position how many entries the chain holds
 * @param entryId the last entry chained
 * @param hash the hash of that entry, which covers every entry before it
 */
public record AuditTrailSealed(long position, long entryId, String hash) {
}

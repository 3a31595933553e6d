package org.homeward.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of "who viewed this record" as people read it: each view, change or export on its own, and someone's
 * appearances in lists and searches counted on one line ("seen in 14 lists") at the newest of them, so that a record
 * that shows up in many lists does not bury who opened it.
 *
 * @param times how many list appearances the line stands for; 1 for every other action
 */
public record WhoViewed(Instant at, String actor, String actorRoles, AuditAction action, int times) {

	/** The lines for entries newest first, as the trail gives them. */
	public static List<WhoViewed> of(List<AuditEntry> entries) {
		Map<String, Integer> listed = new LinkedHashMap<>();
		entries.stream().filter(e -> e.action() == AuditAction.LIST).forEach(e -> listed.merge(e.actor(), 1, Integer::sum));
		List<WhoViewed> lines = new ArrayList<>();
		for (AuditEntry entry : entries) {
			if (entry.action() != AuditAction.LIST) {
				lines.add(new WhoViewed(entry.occurredAt(), entry.actor(), entry.actorRoles(), entry.action(), 1));
			}
			else if (listed.containsKey(entry.actor())) {
				lines.add(new WhoViewed(entry.occurredAt(), entry.actor(), entry.actorRoles(), entry.action(),
						listed.remove(entry.actor())));
			}
		}
		return lines;
	}
}

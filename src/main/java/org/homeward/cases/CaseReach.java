package org.homeward.cases;

import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;

/**
 * A way into a case that another module grants: an open referral (with consent where the receiver is outside
 * government) lets the receiving organisation's specialists, community or civil-society workers reach the case. The
 * module that owns referrals implements this; the cases module asks every implementation, so that it never needs to
 * know referrals. What the role may then do in each section is still {@link SectionRules}' answer.
 */
public interface CaseReach {

	/** Whether the user, in this role, reaches the case through this way in. */
	boolean reaches(Role role, CurrentUser user, UUID caseId);

	/**
	 * The same as a SQL condition on {@code case_file c} for lists and counts, or {@code false}; parameters go into
	 * {@code params} under names unique to the implementation.
	 */
	String condition(Role role, CurrentUser user, Map<String, Object> params);
}

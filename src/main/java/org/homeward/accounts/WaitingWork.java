package org.homeward.accounts;

import java.util.List;


/**
 * A module's share of what waits for someone: the home page asks every module and shows what they answer, each
 * counted within the person's own reach and never beyond it.
 */
public interface WaitingWork {

	/** What waits for the user in this module; empty when the user's roles have nothing to do here. */
	List<Waiting> waitingFor(CurrentUser user);
}

package org.homeward.accounts.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.RoleChange;
import org.homeward.shared.Refused;
import org.springframework.stereotype.Component;

/**
 * What one administrator may not do alone. A role that reads personal data takes effect only once a second
 * administrator approves it; so does a new password for an account that holds or waits for such a role, since whoever
 * knows the password can act in that role. The administrator's own role, and a new password for an administrator,
 * wait likewise whenever another administrator could approve them, so that no administrator makes an approver of
 * their own; a new installation's first administrator still gets a second one alone.
 */
@Component
public class FourEyes {

	private final UserStore users;

	FourEyes(UserStore users) {
		this.users = users;
	}

	/** Of the roles an administrator adds to an account (none yet for a new one), those that wait for approval. */
	public Set<Role> waiting(Set<Role> added, UUID account, UUID requester) {
		Set<Role> waiting = EnumSet.noneOf(Role.class);
		for (Role role : added) {
			if (role.readsPersonalData() || role == Role.ADMINISTRATOR && approverExists(account, requester)) {
				waiting.add(role);
			}
		}
		return waiting;
	}

	/** Whether a new password for an account with these roles (held or waiting) waits for approval. */
	public boolean passwordResetWaits(Set<Role> roles, UUID account, UUID requester) {
		return roles.stream().anyMatch(Role::readsPersonalData)
				|| roles.contains(Role.ADMINISTRATOR) && approverExists(account, requester);
	}

	/**
	 * The second administrator: an active administrator now (not only when they signed in), who neither asked for
	 * the change nor is the account it changes.
	 */
	public void checkApprover(RoleChange change, CurrentUser approver) {
		if (approver.username().equalsIgnoreCase(change.requestedBy())) {
			throw new Refused("accounts.roleChange.ownRequest");
		}
		if (approver.id().equals(change.userId())) {
			throw new Refused("accounts.roleChange.ownAccount");
		}
		boolean administratorNow = users.find(approver.id())
				.filter(account -> account.active() && account.roles().contains(Role.ADMINISTRATOR)).isPresent();
		if (!administratorNow) {
			throw new Refused("accounts.roleChange.notAnAdministrator");
		}
	}

	private boolean approverExists(UUID account, UUID requester) {
		return account == null ? users.countActiveAdministratorsOtherThan(requester) > 0
				: users.countActiveAdministratorsOtherThan(requester, account) > 0;
	}
}

package org.homeward.accounts;

import java.util.List;

import org.homeward.accounts.internal.RoleChangeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits in the accounts: for an administrator, the role changes another administrator asked for, which need a
 * second pair of eyes; for the auditor, every role change still waiting.
 */
@Service
class AccountQueues implements WaitingWork {

	private final RoleChangeStore changes;

	AccountQueues(RoleChangeStore changes) {
		this.changes = changes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(CurrentUser user) {
		if (!user.has(Role.ADMINISTRATOR) && !user.has(Role.AUDITOR)) {
			return List.of();
		}
		List<RoleChange> pending = changes.allPending();
		if (user.has(Role.ADMINISTRATOR)) {
			List<RoleChange> others = pending.stream().filter(c -> !c.requestedBy().equals(user.username())).toList();
			String link = others.size() == 1 ? "/admin/users/" + others.get(0).userId() : "/admin/users";
			return List.of(new Waiting("waiting.roleChangesToApprove", others.size(), link));
		}
		return List.of(new Waiting("waiting.roleChanges", pending.size(), "/audit/role-changes"));
	}
}

package org.homeward.accounts;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.RoleChange.Kind;
import org.homeward.accounts.RoleChange.Status;
import org.homeward.accounts.internal.AccountRules;
import org.homeward.accounts.internal.FourEyes;
import org.homeward.accounts.internal.RoleChangeStore;
import org.homeward.accounts.internal.UserSessions;
import org.homeward.accounts.internal.UserStore;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on the administrator's work: the changes one administrator asked for that wait for a second, who
 * approves or rejects them; and, for the auditor, every role change with who asked, who decided and when.
 */
@Service
public class RoleChanges {

	private final RoleChangeStore changes;
	private final UserStore users;
	private final AccountRules rules;
	private final FourEyes fourEyes;
	private final AuditTrail audit;
	private final UserSessions sessions;

	RoleChanges(RoleChangeStore changes, UserStore users, AccountRules rules, FourEyes fourEyes, AuditTrail audit,
			UserSessions sessions) {
		this.changes = changes;
		this.users = users;
		this.rules = rules;
		this.fourEyes = fourEyes;
		this.audit = audit;
		this.sessions = sessions;
	}

	/** Everything that waits for a second administrator, oldest first. */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional(readOnly = true)
	public List<RoleChange> waiting() {
		return changes.allPending();
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional(readOnly = true)
	public List<RoleChange> waitingFor(UUID userId) {
		return changes.pendingFor(userId);
	}

	/** Whether a role change is about this account: the pages name the account to go back to its page. */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional(readOnly = true)
	public boolean concerns(UUID id, UUID userId) {
		return changes.find(id).map(change -> change.userId().equals(userId)).orElse(false);
	}

	/** Every role change, newest first: requested, approved, rejected, withdrawn or applied at once. */
	@PreAuthorize("hasRole('AUDITOR')")
	@Transactional(readOnly = true)
	public PageOf<RoleChange> all(PageOf.Request page) {
		return changes.all(page);
	}

	/**
	 * A second administrator approves, on the version they saw: the roles take effect (with the roles the account
	 * holds by then) or the new password replaces the old one, and the user's open sessions end.
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public RoleChange approve(UUID id, int version, CurrentUser approver) {
		RoleChange change = waitingChange(id, version);
		fourEyes.checkApprover(change, approver);
		UserAccount account = users.find(change.userId()).orElseThrow(() -> new RecordNotFound(Accounts.RECORD_TYPE));
		String password = changes.waitingPasswordHash(id).orElse(null);
		changes.decide(id, version, Status.APPROVED, approver.id());
		if (change.kind() == Kind.ROLES) {
			Set<Role> roles = RoleSets.union(account.roles(), change.granted());
			rules.checkDutiesSeparated(roles);
			rules.checkPlacement(roles, account.organizationId(), account.regionId(), account.sector());
			users.setRoles(account.id(), roles);
			audit.record(approver.actor(), AuditAction.UPDATE, Accounts.RECORD_TYPE, account.id(),
					"roles=" + RoleSets.names(roles));
		}
		else {
			users.setPassword(account.id(), password, true);
			audit.record(approver.actor(), AuditAction.UPDATE, Accounts.RECORD_TYPE, account.id(), "password reset");
		}
		RoleChange approved = changes.find(id).orElseThrow();
		audit.record(approver.actor(), AuditAction.UPDATE, RoleChangeStore.RECORD_TYPE, id, describe(approved));
		sessions.endAllOf(account.id());
		return approved;
	}

	/**
	 * A second administrator rejects, on the version they saw; the administrator who asked may withdraw it. Nothing
	 * of it takes effect, and a waiting password is forgotten.
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public RoleChange reject(UUID id, int version, CurrentUser administrator) {
		RoleChange change = waitingChange(id, version);
		Status decision = administrator.username().equalsIgnoreCase(change.requestedBy()) ? Status.WITHDRAWN
				: Status.REJECTED;
		changes.decide(id, version, decision, administrator.id());
		RoleChange rejected = changes.find(id).orElseThrow();
		audit.record(administrator.actor(), AuditAction.UPDATE, RoleChangeStore.RECORD_TYPE, id, describe(rejected));
		return rejected;
	}

	private RoleChange waitingChange(UUID id, int version) {
		RoleChange change = changes.find(id).orElseThrow(() -> new RecordNotFound(RoleChangeStore.RECORD_TYPE));
		if (change.version() != version) {
			throw new StaleVersion(RoleChangeStore.RECORD_TYPE, version, change.version());
		}
		if (!change.pending()) {
			throw new Refused("accounts.roleChange.decided");
		}
		return change;
	}

	/** The audit trail's line for a role change: the account, what changed, and where the change stands. */
	static String describe(RoleChange change) {
		String what = change.kind() == Kind.ROLES
				? "granted=" + RoleSets.names(change.granted()) + " removed=" + RoleSets.names(change.removed())
				: "password reset, roles=" + RoleSets.names(change.rolesAfter());
		return "user=" + change.userId() + " " + change.kind() + " " + change.status() + " " + what;
	}
}

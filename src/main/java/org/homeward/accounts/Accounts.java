package org.homeward.accounts;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.RoleChange.Kind;
import org.homeward.accounts.internal.AccountRules;
import org.homeward.accounts.internal.FourEyes;
import org.homeward.accounts.internal.RoleChangeStore;
import org.homeward.accounts.internal.UserSessions;
import org.homeward.accounts.internal.UserStore;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: the administrator's work on them, and each user's own password. What one administrator may not do
 * alone (a role that reads personal data, a password for an account holding one) is saved as a {@link RoleChange}
 * that waits for a second administrator; see {@link RoleChanges}.
 */
@Service
public class Accounts {

	static final String RECORD_TYPE = "USER";

	private final UserStore users;
	private final RoleChangeStore roleChanges;
	private final AccountRules rules;
	private final FourEyes fourEyes;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final UserSessions sessions;

	Accounts(UserStore users, RoleChangeStore roleChanges, AccountRules rules, FourEyes fourEyes,
			PasswordEncoder passwords, AuditTrail audit, UserSessions sessions) {
		this.users = users;
		this.roleChanges = roleChanges;
		this.rules = rules;
		this.fourEyes = fourEyes;
		this.passwords = passwords;
		this.audit = audit;
		this.sessions = sessions;
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return users.all();
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional(readOnly = true)
	public UserAccount account(UUID id) {
		return users.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
	}

	/**
	 * The administrator creates an account; its holder must choose a new password at first sign-in. It is saved with
	 * the roles one administrator may grant; the others wait for a second administrator.
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public UserAccount create(NewUser user, CurrentUser administrator) {
		checkNew(user);
		Set<Role> now = RoleSets.without(user.roles(), fourEyes.waiting(user.roles(), null, administrator.id()));
		UserAccount created = users.insert(user, now, passwords.encode(user.password()), true);
		audit.record(administrator.actor(), AuditAction.CREATE, RECORD_TYPE, created.id(), "roles=" + names(now));
		recordRoleChanges(created.id(), Set.of(), now, user.roles(), administrator);
		return created;
	}

	/**
	 * Creates an account at start-up (the first administrator, demo users), with its roles at once: start-up is not
	 * a request, and no user is signed in when it runs. The roles must still go together.
	 */
	@Transactional
	public UserAccount provision(NewUser user, boolean mustChangePassword) {
		checkNew(user);
		return users.insert(user, user.roles(), passwords.encode(user.password()), mustChangePassword);
	}

	private void checkNew(NewUser user) {
		rules.checkDutiesSeparated(user.roles());
		rules.checkPlacement(user.roles(), user.organizationId(), user.regionId(), user.sector());
		rules.checkPasswordLength(user.password());
		if (users.findByUsername(user.username()).isPresent()) {
			throw new Refused("user.username.taken");
		}
	}

	/**
	 * The administrator changes an account. Roles removed and roles one administrator may grant take effect at once;
	 * the others wait for a second administrator, and are returned as the change that waits. An administrator may
	 * change their own name and e-mail, never their own roles or placement.
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public Optional<RoleChange> change(UUID id, UserChanges changes, CurrentUser administrator) {
		UserAccount account = account(id);
		if (id.equals(administrator.id())) {
			checkOwnChange(account, changes);
		}
		Set<Role> alreadyWaiting = waitingRoles(id);
		Set<Role> withWaiting = RoleSets.union(changes.roles(), alreadyWaiting);
		rules.checkDutiesSeparated(withWaiting);
		rules.checkPlacement(withWaiting, changes.organizationId(), changes.regionId(), changes.sector());
		Set<Role> waiting = fourEyes.waiting(RoleSets.without(changes.roles(), account.roles()), id, administrator.id());
		if (!waiting.isEmpty() && pendingOf(id, Kind.ROLES).isPresent()) {
			throw new Refused("accounts.roleChange.alreadyPending");
		}
		Set<Role> now = RoleSets.without(changes.roles(), waiting);
		users.update(id, changes, now);
		audit.record(administrator.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "roles=" + names(now));
		Optional<RoleChange> pending = recordRoleChanges(id, account.roles(), now, changes.roles(), administrator);
		sessions.endAllOf(id);
		return pending;
	}

	private static void checkOwnChange(UserAccount own, UserChanges changes) {
		if (!changes.roles().equals(own.roles())) {
			throw new Refused("accounts.self.roles");
		}
		if (!Objects.equals(changes.organizationId(), own.organizationId())
				|| !Objects.equals(changes.regionId(), own.regionId()) || changes.sector() != own.sector()) {
			throw new Refused("accounts.self.placement");
		}
	}

	/** Deactivation takes effect at once: the user's open sessions end. */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public void setActive(UUID id, int version, boolean active, CurrentUser administrator) {
		if (id.equals(administrator.id()) && !active) {
			throw new Refused("user.deactivate.self");
		}
		users.setActive(id, version, active);
		audit.record(administrator.actor(), AuditAction.UPDATE, RECORD_TYPE, id, active ? "activated" : "deactivated");
		if (!active) {
			sessions.endAllOf(id);
		}
	}

	/**
	 * The administrator sets a temporary password, to be changed at the next sign-in. For an account that holds or
	 * waits for a role that reads personal data, it waits for a second administrator (kept only as a hash) and is
	 * returned as the change that waits; until then the current password stays.
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public Optional<RoleChange> resetPassword(UUID id, String temporaryPassword, CurrentUser administrator) {
		rules.checkPasswordLength(temporaryPassword);
		UserAccount account = account(id);
		Set<Role> roles = RoleSets.union(account.roles(), waitingRoles(id));
		if (fourEyes.passwordResetWaits(roles, id, administrator.id())) {
			if (pendingOf(id, Kind.PASSWORD_RESET).isPresent()) {
				throw new Refused("accounts.passwordReset.alreadyPending");
			}
			RoleChange pending = roleChanges.pending(id, Kind.PASSWORD_RESET, roles, roles,
					passwords.encode(temporaryPassword), administrator.id());
			audit.record(administrator.actor(), AuditAction.CREATE, RoleChangeStore.RECORD_TYPE, pending.id(),
					RoleChanges.describe(pending));
			return Optional.of(pending);
		}
		users.setPassword(id, passwords.encode(temporaryPassword), true);
		audit.record(administrator.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "password reset");
		if (roles.contains(Role.ADMINISTRATOR)) {
			// An administrator's password set alone (no other administrator could approve it): the auditor sees it.
			RoleChange applied = roleChanges.applied(id, Kind.PASSWORD_RESET, roles, roles, administrator.id());
			audit.record(administrator.actor(), AuditAction.CREATE, RoleChangeStore.RECORD_TYPE, applied.id(),
					RoleChanges.describe(applied));
		}
		sessions.endAllOf(id);
		return Optional.empty();
	}

	/** A user changes their own password, proving they know the current one. */
	@Transactional
	public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword) {
		String hash = users.passwordHash(user.id()).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		if (!passwords.matches(currentPassword, hash)) {
			throw new Refused("password.current.wrong");
		}
		if (currentPassword.equals(newPassword)) {
			throw new Refused("password.new.same");
		}
		rules.checkPasswordLength(newPassword);
		users.setPassword(user.id(), passwords.encode(newPassword), false);
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, user.id(), "own password changed");
	}

	/**
	 * The active members of staff with a role, for choosing whom to assign work to. Staff names are not returnees'
	 * personal data: every signed-in user may see who their colleagues are.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> activeStaff(Role role) {
		return users.activeWithRole(role);
	}

	/** The active members of staff of an organisation, to tell them of work that arrived for it. */
	@Transactional(readOnly = true)
	public List<UserAccount> activeStaffOf(UUID organizationId) {
		return organizationId == null ? List.of() : users.activeOf(organizationId);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> staffMember(UUID id) {
		return users.find(id);
	}

	@Transactional(readOnly = true)
	public boolean anyActiveAdministrator() {
		return users.countActiveWithRole(Role.ADMINISTRATOR) > 0;
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByUsername(String username) {
		return users.findByUsername(username);
	}

	/** Writes what took effect at once and what waits; each is a role change the auditor sees. */
	private Optional<RoleChange> recordRoleChanges(UUID id, Set<Role> before, Set<Role> now, Set<Role> asked,
			CurrentUser administrator) {
		if (!now.equals(before)) {
			RoleChange applied = roleChanges.applied(id, Kind.ROLES, before, now, administrator.id());
			audit.record(administrator.actor(), AuditAction.CREATE, RoleChangeStore.RECORD_TYPE, applied.id(),
					RoleChanges.describe(applied));
		}
		if (asked.equals(now)) {
			return Optional.empty();
		}
		RoleChange pending = roleChanges.pending(id, Kind.ROLES, now, asked, null, administrator.id());
		audit.record(administrator.actor(), AuditAction.CREATE, RoleChangeStore.RECORD_TYPE, pending.id(),
				RoleChanges.describe(pending));
		return Optional.of(pending);
	}

	private Optional<RoleChange> pendingOf(UUID id, Kind kind) {
		return roleChanges.pendingFor(id).stream().filter(change -> change.kind() == kind).findFirst();
	}

	/** The roles an account waits for, granted by one administrator and not yet approved by a second. */
	private Set<Role> waitingRoles(UUID id) {
		return pendingOf(id, Kind.ROLES).map(RoleChange::granted).orElse(Set.of());
	}

	private static String names(Set<Role> roles) {
		return RoleSets.names(roles);
	}
}

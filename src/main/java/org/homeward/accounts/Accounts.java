package org.homeward.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.internal.UserStore;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Sector;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: the administrator's work on them, and each user's own password. */
@Service
public class Accounts {

	static final String RECORD_TYPE = "USER";
	/** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
	private static final int MAX_PASSWORD_BYTES = 72;

	private final UserStore users;
	private final Organizations organizations;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	Accounts(UserStore users, Organizations organizations, PasswordEncoder passwords, AuditTrail audit,
			FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.users = users;
		this.organizations = organizations;
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

	/** The administrator creates an account; its holder must choose a new password at first sign-in. */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public UserAccount create(NewUser user, CurrentUser administrator) {
		UserAccount created = provision(user, true);
		audit.record(administrator.actor(), AuditAction.CREATE, RECORD_TYPE, created.id(), "roles=" + user.roles());
		return created;
	}

	/**
	 * Creates an account at start-up (the first administrator, demo users). Never reachable from a request: no
	 * user is signed in when it runs.
	 */
	@Transactional
	public UserAccount provision(NewUser user, boolean mustChangePassword) {
		checkPlacement(user.roles(), user.organizationId(), user.regionId(), user.sector());
		checkPasswordLength(user.password());
		if (users.findByUsername(user.username()).isPresent()) {
			throw new Refused("user.username.taken");
		}
		return users.insert(user, passwords.encode(user.password()), mustChangePassword);
	}

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public UserAccount change(UUID id, UserChanges changes, CurrentUser administrator) {
		checkPlacement(changes.roles(), changes.organizationId(), changes.regionId(), changes.sector());
		users.update(id, changes);
		audit.record(administrator.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "roles=" + changes.roles());
		endSessionsOf(id);
		return account(id);
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
			endSessionsOf(id);
		}
	}

	/** The administrator sets a temporary password, to be changed at the next sign-in. */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public void resetPassword(UUID id, String temporaryPassword, CurrentUser administrator) {
		checkPasswordLength(temporaryPassword);
		users.setPassword(id, passwords.encode(temporaryPassword), true);
		audit.record(administrator.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "password reset");
		endSessionsOf(id);
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
		checkPasswordLength(newPassword);
		users.setPassword(user.id(), passwords.encode(newPassword), false);
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, user.id(), "own password changed");
	}

	/**
	 * The active members of staff with a role, for choosing whom to assign work to. Staff names are not returnees'
	 * personal data: every signed-in user may see who their colleagues are.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> activeStaff(Role role) {
		return users.all().stream().filter(UserAccount::active).filter(u -> u.roles().contains(role)).toList();
	}

	/** The active members of staff of an organisation, to tell them of work that arrived for it. */
	@Transactional(readOnly = true)
	public List<UserAccount> activeStaffOf(UUID organizationId) {
		return users.all().stream().filter(UserAccount::active)
				.filter(u -> organizationId != null && organizationId.equals(u.organizationId())).toList();
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

	private void endSessionsOf(UUID id) {
		users.find(id).ifPresent(account -> sessions.findByPrincipalName(account.username())
				.keySet().forEach(sessions::deleteById));
	}

	/**
	 * Every user works somewhere: an organisation (an administrator may be outside any), a region for a case
	 * manager, whose cases are those of a region, and a case sector for a sector specialist.
	 */
	private void checkPlacement(Set<Role> roles, UUID organizationId, UUID regionId, Sector sector) {
		boolean onlyAdministrator = roles.equals(Set.of(Role.ADMINISTRATOR));
		if (organizationId == null && !onlyAdministrator) {
			throw new Refused("user.organization.required");
		}
		if (organizationId != null) {
			Organization organization = organizations.organization(organizationId)
					.orElseThrow(() -> new UnknownReference("organizationId", "user.organization.unknown"));
			if (!organization.active()) {
				throw new Refused("user.organization.inactive");
			}
		}
		if (regionId != null && organizations.region(regionId).isEmpty()) {
			throw new UnknownReference("regionId", "user.region.unknown");
		}
		if (roles.contains(Role.CASE_MANAGER) && regionId == null) {
			throw new Refused("user.region.requiredForCaseManager");
		}
		if (roles.contains(Role.SECTOR_SPECIALIST) && (sector == null || !Sector.CASE_SECTORS.contains(sector))) {
			throw new Refused("user.sector.requiredForSpecialist");
		}
	}

	private static void checkPasswordLength(String password) {
		if (password == null || password.length() < 12) {
			throw new Refused("password.tooShort");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new Refused("password.tooLong");
		}
	}
}

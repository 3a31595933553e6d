package org.homeward.accounts.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.NewUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.RoleChange;
import org.homeward.accounts.UserAccount;
import org.homeward.accounts.UserChanges;
import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.organizations.Sector;
import org.homeward.shared.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts of users who sign in through the identity provider: made at their first sign-in, and their roles and
 * placement brought in line with their groups at each one; every change of roles is recorded for the auditor like an
 * administrator's. Such an account has a random password nobody knows: it signs in through the provider only.
 */
@Component
class SsoAccounts {

	private static final Actor PROVIDER = new Actor("single-sign-on", "SYSTEM", null);

	private final JdbcClient jdbc;
	private final UserStore users;
	private final RoleChangeStore roleChanges;
	private final AccountRules rules;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final SecureRandom random = new SecureRandom();

	SsoAccounts(JdbcClient jdbc, UserStore users, RoleChangeStore roleChanges, AccountRules rules,
			PasswordEncoder passwords, AuditTrail audit) {
		this.jdbc = jdbc;
		this.users = users;
		this.roleChanges = roleChanges;
		this.rules = rules;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** Makes or updates the account of the provider's subject; returns its id. */
	UUID signedIn(String subject, String username, String displayName, String email, Set<Role> roles,
			UUID organizationId, UUID regionId, Sector sector) {
		rules.checkDutiesSeparated(roles);
		rules.checkPlacement(roles, organizationId, regionId, sector);
		UUID linked = jdbc.sql("SELECT id FROM app_user WHERE sso_subject = ?").param(subject).query(UUID.class)
				.optional().orElse(null);
		if (linked == null) {
			if (users.findByUsername(username).isPresent()) {
				// never take over an account made otherwise, whose name the provider's user happens to have
				throw new Refused("sso.refused");
			}
			UserAccount created = users.insert(new NewUser(username, displayName, "", email, roles, organizationId,
					regionId, sector), roles, passwords.encode(randomPassword()), false);
			jdbc.sql("UPDATE app_user SET sso_subject = ? WHERE id = ?").params(subject, created.id()).update();
			audit.record(PROVIDER, AuditAction.CREATE, "USER", created.id(), "roles=" + names(roles));
			RoleChange applied = roleChanges.applied(created.id(), RoleChange.Kind.ROLES, Set.of(), roles, created.id());
			audit.record(PROVIDER, AuditAction.CREATE, RoleChangeStore.RECORD_TYPE, applied.id(),
					"single sign-on: " + names(roles));
			return created.id();
		}
		UserAccount account = users.find(linked).orElseThrow();
		if (!account.active()) {
			throw new Refused("sso.refused");
		}
		if (!account.roles().equals(roles) || !java.util.Objects.equals(account.organizationId(), organizationId)
				|| !java.util.Objects.equals(account.regionId(), regionId) || account.sector() != sector) {
			users.update(linked, new UserChanges(account.version(), displayName, email, roles, organizationId, regionId,
					sector), roles);
			audit.record(PROVIDER, AuditAction.UPDATE, "USER", linked, "roles=" + names(roles));
			if (!account.roles().equals(roles)) {
				RoleChange applied = roleChanges.applied(linked, RoleChange.Kind.ROLES, account.roles(), roles, linked);
				audit.record(PROVIDER, AuditAction.CREATE, RoleChangeStore.RECORD_TYPE, applied.id(),
						"single sign-on: " + names(roles));
			}
		}
		return linked;
	}

	private String randomPassword() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static String names(Set<Role> roles) {
		return roles.stream().sorted().map(Enum::name).toList().toString();
	}
}

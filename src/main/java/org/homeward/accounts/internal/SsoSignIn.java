package org.homeward.accounts.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.accounts.Role;
import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Region;
import org.homeward.organizations.Sector;
import org.homeward.shared.Refused;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the ministry's identity provider signed a user in (OpenID Connect): their groups give their Homeward roles
 * and placement ({@link SsoSettings}), their account is made or brought up to date, and the session holds the
 * Homeward principal. A mapping that would give the administrator's role together with one that reads personal data
 * is refused when Homeward starts, and a user whose groups together would is refused at sign-in: separation of
 * duties holds whoever grants the roles. Every sign-in and refusal is audited.
 */
@Component
class SsoSignIn extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final SsoSettings settings;
	private final SsoAccounts accounts;
	private final Organizations organizations;
	private final HomewardUserDetailsService users;
	private final SecondFactorPolicy policy;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SsoSignIn(SsoSettings settings, SsoAccounts accounts, Organizations organizations, HomewardUserDetailsService users,
			SecondFactorPolicy policy, AuditTrail audit, TransactionTemplate transaction) {
		this.settings = settings;
		this.accounts = accounts;
		this.organizations = organizations;
		this.users = users;
		this.policy = policy;
		this.audit = audit;
		this.transaction = transaction;
		setDefaultTargetUrl("/");
	}

	/** Each group alone must respect the separation of duties; a bad mapping stops the start with a clear message. */
	@PostConstruct
	void checkMappings() {
		for (SsoSettings.GroupMapping mapping : settings.groups()) {
			if (mapping.roles() == null || mapping.roles().isEmpty()) {
				throw new IllegalStateException("homeward.sso.groups: group " + mapping.group() + " gives no role");
			}
			if (Role.combineAdministrationWithPersonalData(mapping.roles())) {
				throw new IllegalStateException("homeward.sso.groups: group " + mapping.group()
						+ " combines ADMINISTRATOR with a role that reads personal data, which no account may hold");
			}
		}
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		if (!(authentication.getPrincipal() instanceof OidcUser oidc)) {
			refuse(request, response, "unknown", "not an OpenID Connect sign-in");
			return;
		}
		String username = oidc.getClaimAsString(settings.usernameClaim());
		if (username == null || username.isBlank()) {
			username = oidc.getSubject();
		}
		List<String> groups = oidc.getClaimAsStringList(settings.groupsClaim());
		Mapped mapped = map(groups == null ? List.of() : groups);
		if (mapped.roles().isEmpty() || Role.combineAdministrationWithPersonalData(mapped.roles())) {
			refuse(request, response, username, mapped.roles().isEmpty() ? "no mapped group"
					: "groups combine ADMINISTRATOR with a role that reads personal data");
			return;
		}
		String subject = oidc.getIssuer() + "|" + oidc.getSubject();
		String name = oidc.getFullName() != null ? oidc.getFullName() : username;
		String login = username;
		UUID id;
		try {
			id = transaction.execute(status -> accounts.signedIn(subject, login, name, oidc.getEmail(), mapped.roles(),
					mapped.organizationId(), mapped.regionId(), mapped.sector()));
		}
		catch (Refused refused) {
			refuse(request, response, username, refused.messageKey());
			return;
		}
		HomewardUser user = (HomewardUser) users.loadUserByUsername(login);
		user.eraseCredentials();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		transaction.executeWithoutResult(status -> audit.record(user.currentUser().actor(), AuditAction.LOGIN, "USER",
				id, "single sign-on"));
		if (!settings.providerChecksSecondFactor()
				&& policy.required(user.currentUser().roles(), user.secondFactorEnrolled())) {
			getRedirectStrategy().sendRedirect(request, response, "/login/second-factor");
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		refuse(request, response, "unknown", exception.getClass().getSimpleName());
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String username, String why)
			throws IOException {
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		String who = username.length() > 100 ? username.substring(0, 100) : username;
		transaction.executeWithoutResult(status -> audit.record(new Actor(who, "", null), AuditAction.LOGIN_FAILED,
				"USER", null, "single sign-on: " + why));
		getRedirectStrategy().sendRedirect(request, response, "/login?sso-refused");
	}

	/** The union of the roles of the user's mapped groups, and the placement of the first that names one. */
	Mapped map(List<String> groups) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		UUID organizationId = null;
		UUID regionId = null;
		Sector sector = null;
		for (SsoSettings.GroupMapping mapping : settings.groups()) {
			if (!groups.contains(mapping.group())) {
				continue;
			}
			roles.addAll(mapping.roles());
			if (organizationId == null && mapping.organization() != null) {
				organizationId = organization(mapping.organization());
			}
			if (regionId == null && mapping.region() != null) {
				regionId = region(mapping.region());
			}
			if (sector == null) {
				sector = mapping.sector();
			}
		}
		return new Mapped(roles, organizationId, regionId, sector);
	}

	private UUID organization(String nameOrId) {
		return parse(nameOrId).flatMap(organizations::organization)
				.or(() -> organizations.organizationNamed(nameOrId)).map(Organization::id)
				.orElseThrow(() -> new IllegalStateException("homeward.sso.groups: no organisation " + nameOrId));
	}

	private UUID region(String nameOrId) {
		return parse(nameOrId).flatMap(organizations::region)
				.or(() -> organizations.nodeRegions().stream().filter(r -> r.nameEn().equalsIgnoreCase(nameOrId))
						.findFirst())
				.map(Region::id)
				.orElseThrow(() -> new IllegalStateException("homeward.sso.groups: no region " + nameOrId));
	}

	private static java.util.Optional<UUID> parse(String text) {
		try {
			return java.util.Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			return java.util.Optional.empty();
		}
	}

	record Mapped(Set<Role> roles, UUID organizationId, UUID regionId, Sector sector) {
	}
}

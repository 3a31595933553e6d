package org.homeward.accounts.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.accounts.SecondFactors;
import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After Spring Security's WebAuthn filter has checked a passkey: the session keeps the Homeward principal (the filter
 * makes one of the passkey's user entity), with the factors passed so far, its use is audited, and the page is told
 * where to go, as Spring Security's own script expects ({@code {"authenticated": true, "redirectUrl": ...}}).
 */
@Component
class PasskeySignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final HomewardUserDetailsService users;
	private final SecondFactors secondFactors;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
	private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

	PasskeySignIn(HomewardUserDetailsService users, SecondFactors secondFactors, AuditTrail audit,
			TransactionTemplate transaction) {
		this.users = users;
		this.secondFactors = secondFactors;
		this.audit = audit;
		this.transaction = transaction;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		HomewardUser user = (HomewardUser) users.loadUserByUsername(authentication.getName());
		if (!user.isEnabled() || !user.isAccountNonLocked()) {
			SecurityContextHolder.clearContext();
			contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		user.eraseCredentials();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authentication.getAuthorities().stream().filter(a -> a.getAuthority().startsWith("FACTOR_"))
				.forEach(authorities::add);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		transaction.executeWithoutResult(status -> secondFactors.passkeyUsed(user.currentUser()));
		SavedRequest saved = requests.getRequest(request, response);
		requests.removeRequest(request, response);
		String target = saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/";
		response.setContentType("application/json");
		response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + target.replace("\"", "%22") + "\"}");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		String name = SecurityContextHolder.getContext().getAuthentication() == null ? ""
				: SecurityContextHolder.getContext().getAuthentication().getName();
		transaction.executeWithoutResult(status -> audit.record(new Actor(name, "", null), AuditAction.LOGIN_FAILED,
				"SECOND_FACTOR", null, "passkey: " + exception.getClass().getSimpleName()));
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}
}

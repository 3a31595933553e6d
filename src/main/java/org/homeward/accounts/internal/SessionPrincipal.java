package org.homeward.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Updates the principal kept in the session after the user changed something about themselves. */
public final class SessionPrincipal {

	private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

	private SessionPrincipal() {
	}

	/** The user chose their own password: lift the gate that sent them to the password page. */
	public static void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof HomewardUser user) {
			HomewardUser updated = user.withPasswordChanged();
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
			SecurityContextHolder.setContext(context);
			REPOSITORY.saveContext(context, request, response);
		}
	}
}

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

	/**
	 * The user passed a second factor (or enrolled one, proving they hold it): the session's authentication gains the
	 * factor's authority, and the session a new id.
	 */
	public static void secondFactorPassed(HttpServletRequest request, HttpServletResponse response, String factor) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof HomewardUser user) {
			var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(
					current.getAuthorities());
			authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority(factor));
			HomewardUser updated = user.withSecondFactorEnrolled();
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, authorities));
			SecurityContextHolder.setContext(context);
			request.changeSessionId();
			REPOSITORY.saveContext(context, request, response);
		}
	}

	/** The one-time code factor, for {@link #secondFactorPassed}. */
	public static final String AUTHENTICATOR_APP = SecondFactorAuthorization.TOTP;
	public static final String RECOVERY_CODE = SecondFactorAuthorization.RECOVERY_CODE;

	/** Whether the current session has passed a second factor already. */
	public static boolean hasSecondFactor() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && SecondFactorAuthorization.hasSecondFactor(SecondFactorAuthorization.factorsOf(current),
				false);
	}

	/** The user chose their own password: lift the gate that sent them to the password page. */
	public static void passwordChanged(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof HomewardUser user) {
			HomewardUser updated = user.withPasswordChanged();
			var context = SecurityContextHolder.createEmptyContext();
			// the factors passed stay with the session
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(updated, null, current.getAuthorities()));
			SecurityContextHolder.setContext(context);
			REPOSITORY.saveContext(context, request, response);
		}
	}
}

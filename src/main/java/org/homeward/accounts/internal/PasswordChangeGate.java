package org.homeward.accounts.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.shared.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was set by someone else (the first administrator, a reset) must choose their own before
 * doing anything else.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";
	/** The password page, and what comes before it: the second factor and its enrolment. */
	private static final List<String> ALLOWED = List.of(PASSWORD_PAGE, "/logout", "/webjars/", "/css/", "/js/",
			"/img/", "/error", "/favicon.ico", "/login/second-factor", "/account/two-factor/", "/webauthn/",
			"/login/webauthn");

	private final ProblemWriter problems;

	PasswordChangeGate(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HomewardUser user
				&& user.mustChangePassword() && !allowed(request)) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "problem.passwordChangeRequired");
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED.stream().anyMatch(path::startsWith);
	}
}

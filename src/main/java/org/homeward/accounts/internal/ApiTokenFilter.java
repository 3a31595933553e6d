package org.homeward.accounts.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.accounts.ApiToken;
import org.homeward.accounts.ApiTokens;
import org.homeward.accounts.Role;
import org.homeward.shared.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its personal token ({@code Authorization: Bearer hwt_...}). A read-only token
 * reads: GET, and the two searches that are sent as POST so that names stay out of addresses. The request is not
 * given a session.
 */
@Component
class ApiTokenFilter extends OncePerRequestFilter {

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
	private static final Set<String> SEARCHES = Set.of("/api/v1/persons/search", "/api/v1/persons/duplicates");

	private final ApiTokens tokens;
	private final ProblemWriter problems;

	ApiTokenFilter(ApiTokens tokens, ProblemWriter problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/** Only in the API's chain, not as a filter of its own for every request. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getHeader("Authorization").substring(7).strip();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		var use = tokens.authenticate(token, ApiToken.Kind.API, request.getMethod() + " " + path);
		if (use.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.token.invalid");
			return;
		}
		if (use.get().scope() == ApiToken.Scope.READ_ONLY && !READS.contains(request.getMethod())
				&& !("POST".equals(request.getMethod()) && SEARCHES.contains(path))) {
			problems.write(request, response, HttpStatus.FORBIDDEN, "problem.token.readOnly");
			return;
		}
		HomewardUser user = new HomewardUser(use.get().user(), null, true, use.get().mustChangePassword(), true);
		List<GrantedAuthority> authorities = new ArrayList<>();
		use.get().user().roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new)
				.forEach(authorities::add);
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}

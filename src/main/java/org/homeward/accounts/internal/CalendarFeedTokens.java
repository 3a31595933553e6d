package org.homeward.accounts.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.accounts.ApiToken;
import org.homeward.accounts.ApiTokens;
import org.homeward.accounts.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A calendar program cannot sign in: the address of a user's feed carries a token of its own
 * ({@code /feeds/hwc_.../council.ics}), read-only, revocable, and good for that feed only. Its request acts as the
 * user, without a session, and each use is audited.
 */
@Component
class CalendarFeedTokens extends OncePerRequestFilter {

	static final String PATTERN = "/feeds/*/council.ics";

	private final ApiTokens tokens;

	CalendarFeedTokens(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/feeds/") && path.endsWith("/council.ics"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String token = path.substring("/feeds/".length(), path.length() - "/council.ics".length());
		var use = "GET".equals(request.getMethod())
				? tokens.authenticate(token, ApiToken.Kind.CALENDAR, "calendar feed") : java.util.Optional.<ApiTokens.TokenUse>empty();
		if (use.isEmpty()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		List<GrantedAuthority> authorities = new ArrayList<>();
		use.get().user().roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new)
				.forEach(authorities::add);
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.BEARER_AUTHORITY));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new HomewardUser(use.get().user(), null, true, false, true), null, authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}

package org.homeward.accounts.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.homeward.shared.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing (Bucket4j): each wrong password takes a token from the bucket of the client's address and
 * from that of the account tried; while either is empty, sign-in attempts from that address, or for that account,
 * are refused at once with 429 and a Retry-After, without checking the password. Buckets refill steadily, so a person
 * who mistyped waits seconds, a guesser is held to a few tries a minute. Successful sign-ins take nothing. Beside
 * this, the account lock (five wrong passwords in a row) stays. The buckets are per instance and in memory: behind a
 * load balancer the limits apply per instance.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

	private static final int MAX_TRACKED = 50_000;

	private final ProblemWriter problems;
	private final int perAddress;
	private final Duration addressRefill;
	private final int perAccount;
	private final Duration accountRefill;
	private final Map<String, Bucket> addresses = lru();
	private final Map<String, Bucket> accounts = lru();

	SignInThrottle(ProblemWriter problems,
			@Value("${homeward.accounts.sign-in-limit.per-address:20}") int perAddress,
			@Value("${homeward.accounts.sign-in-limit.per-address-period:1m}") Duration addressRefill,
			@Value("${homeward.accounts.sign-in-limit.per-account:10}") int perAccount,
			@Value("${homeward.accounts.sign-in-limit.per-account-period:15m}") Duration accountRefill) {
		this.problems = problems;
		this.perAddress = perAddress;
		this.addressRefill = addressRefill;
		this.perAccount = perAccount;
		this.accountRefill = accountRefill;
	}

	/** A sign-in attempt: the form's POST, or an API request that carries a password. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean form = "POST".equals(request.getMethod()) && path.equals("/login");
		String authorization = request.getHeader("Authorization");
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		return !form && !basic;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long waitAddress = wait(addresses, request.getRemoteAddr(), perAddress, addressRefill);
		String account = attemptedAccount(request);
		long waitAccount = account == null ? 0 : wait(accounts, account, perAccount, accountRefill);
		long seconds = Math.max(waitAddress, waitAccount);
		if (seconds > 0) {
			response.setHeader("Retry-After", Long.toString(seconds));
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.signIn.throttled");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?throttled");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	/** A wrong password, on the page or the API: one token from the address's bucket and one from the account's. */
	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			bucket(addresses, attributes.getRequest().getRemoteAddr(), perAddress, addressRefill).tryConsume(1);
		}
		String account = String.valueOf(failure.getAuthentication().getName()).toLowerCase(Locale.ROOT);
		bucket(accounts, account, perAccount, accountRefill).tryConsume(1);
	}

	/** Seconds until the bucket has a token again; 0 if it has one now. */
	private long wait(Map<String, Bucket> buckets, String key, int capacity, Duration refill) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.get(key);
		}
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return 0;
		}
		long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
		return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
	}

	private static Bucket bucket(Map<String, Bucket> buckets, String key, int capacity, Duration refill) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(key, k -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, refill).build()).build());
		}
	}

	private static String attemptedAccount(HttpServletRequest request) {
		String username = request.getParameter("username");
		if (username == null) {
			String authorization = request.getHeader("Authorization");
			if (authorization != null && authorization.length() > 6) {
				try {
					String decoded = new String(java.util.Base64.getDecoder().decode(authorization.substring(6).strip()),
							java.nio.charset.StandardCharsets.UTF_8);
					int colon = decoded.indexOf(':');
					username = colon > 0 ? decoded.substring(0, colon) : null;
				}
				catch (IllegalArgumentException e) {
					return null;
				}
			}
		}
		return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
	}

	private static Map<String, Bucket> lru() {
		return new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > MAX_TRACKED;
			}
		};
	}
}

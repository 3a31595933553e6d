package org.homeward.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Under overload, a request waits a bounded time for its turn and then gets a clear 503 with Retry-After (a
 * problem detail for the API, the error page for pages), instead of queueing behind a full connection pool until
 * it fails with a 500. At most {@code homeward.overload.max-concurrent} requests are served at once (by default
 * twice the database pool: the rest wait for a connection anyway); static files and health checks are not
 * counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class OverloadGuard extends OncePerRequestFilter {

	private final Semaphore turns;
	private final long maxWaitMillis;
	private final ProblemWriter problems;

	OverloadGuard(@Value("${homeward.overload.max-concurrent:0}") int maxConcurrent,
			@Value("${homeward.db.pool-size:10}") int poolSize,
			@Value("${homeward.overload.max-wait:10s}") Duration maxWait, ProblemWriter problems) {
		this.turns = new Semaphore(maxConcurrent > 0 ? maxConcurrent : 2 * poolSize, true);
		this.maxWaitMillis = maxWait.toMillis();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/actuator/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = turns.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			refuse(request, response, problems);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			turns.release();
		}
	}

	/** The answer to a request that cannot be served now: 503, try again in a few seconds. */
	static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemWriter problems)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setHeader("Retry-After", "5");
		if (request.getRequestURI().startsWith("/api/")) {
			problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "scale.overload");
		}
		else {
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}
}

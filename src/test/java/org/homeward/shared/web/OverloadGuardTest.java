package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Under overload a request waits a bounded time for its turn, then gets a clear 503 that says to try again, never a
 * 500: a problem detail for the API, the error page (sendError) for pages. Requests within the limit go through.
 */
class OverloadGuardTest {

	private final ExecutorService pool = Executors.newSingleThreadExecutor();
	private final StaticMessageSource messages = new StaticMessageSource();
	private final OverloadGuard guard;

	OverloadGuardTest() {
		messages.addMessage("scale.overload", java.util.Locale.ENGLISH, "Too many requests at once; try again.");
		guard = new OverloadGuard(1, 10, Duration.ofMillis(200), new ProblemWriter(messages, JsonMapper.builder().build()));
	}

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void aRequestBeyondTheLimitWaitsABoundedTimeThenGets503() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<?> first = pool.submit(() -> {
			guard.doFilter(new MockHttpServletRequest("GET", "/cases/1"), new MockHttpServletResponse(), (req, res) -> {
				inside.countDown();
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
			return null;
		});
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

		var api = new MockHttpServletRequest("GET", "/api/v1/persons/1");
		api.setRequestURI("/api/v1/persons/1");
		var apiAnswer = new MockHttpServletResponse();
		long started = System.nanoTime();
		guard.doFilter(api, apiAnswer, (req, res) -> {
			throw new AssertionError("served beyond the limit");
		});
		long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

		var page = new MockHttpServletRequest("GET", "/cases/my-work");
		page.setRequestURI("/cases/my-work");
		var pageAnswer = new MockHttpServletResponse();
		guard.doFilter(page, pageAnswer, (req, res) -> {
			throw new AssertionError("served beyond the limit");
		});
		release.countDown();
		first.get(10, TimeUnit.SECONDS);

		assertThat(waited).as("waited for a turn, boundedly").isBetween(150L, 5000L);
		assertThat(apiAnswer.getStatus()).isEqualTo(503);
		assertThat(apiAnswer.getHeader("Retry-After")).isEqualTo("5");
		assertThat(apiAnswer.getContentType()).startsWith("application/problem+json");
		assertThat(apiAnswer.getContentAsString()).contains("\"status\":503").contains("scale.overload")
				.contains("try again");
		assertThat(pageAnswer.getStatus()).isEqualTo(503);
		assertThat(pageAnswer.getHeader("Retry-After")).isEqualTo("5");
	}

	@Test
	void requestsWithinTheLimitAreServedOneAfterTheOther() throws Exception {
		for (int i = 0; i < 3; i++) {
			var answer = new MockHttpServletResponse();
			boolean[] served = { false };
			guard.doFilter(new MockHttpServletRequest("GET", "/cases"), answer, (req, res) -> served[0] = true);
			assertThat(served[0]).isTrue();
			assertThat(answer.getStatus()).isEqualTo(200);
		}
	}
}

package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.HomewardApplication;
import org.homeward.shared.database.DatabaseServer;
import org.homeward.support.Demo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Homeward instances against one database, as behind a load balancer: a user signs in on one and goes on on
 * the other (sessions are in PostgreSQL), and a scheduled job triggered on both, at start-up and every two seconds,
 * runs once (ShedLock).
 */
class TwoInstancesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static ConfigurableApplicationContext first;
	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		String[] jobs = { "--homeward.jobs.lock-at-least=PT2M", "--homeward.cases.overdue-check=*/2 * * * * *",
				"--server.port=0" };
		first = new SpringApplicationBuilder(HomewardApplication.class).profiles("test")
				.run(concat(jobs, "--homeward.db.data-dir=target/test-db/two-instances-" + UUID.randomUUID()));
		DatabaseServer.Login app = first.getBean(DatabaseServer.class).application();
		DatabaseServer.Login owner = first.getBean(DatabaseServer.class).owner();
		second = new SpringApplicationBuilder(HomewardApplication.class).profiles("test")
				.run(concat(jobs, "--homeward.db.url=" + app.url(), "--homeward.db.user=" + app.user(),
						"--homeward.db.password=" + app.password(), "--homeward.db.owner-user=" + owner.user(),
						"--homeward.db.owner-password=" + owner.password()));
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aUserSignedInOnOneInstanceGoesOnOnTheOther() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).build();
		String one = "http://localhost:" + port(first);
		String other = "http://localhost:" + port(second);

		String login = browser.send(HttpRequest.newBuilder(URI.create(one + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(login);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + Demo.CASE_MANAGER + "&password=" + Demo.PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(one + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");

		HttpResponse<String> onTheOther = browser.send(HttpRequest.newBuilder(URI.create(other + "/cases/my-work"))
				.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(onTheOther.statusCode()).as("signed in on the other instance").isEqualTo(200);
		assertThat(onTheOther.body()).contains("My work");

		HttpResponse<String> unknown = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(other + "/cases/my-work")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).as("without the session, sent to sign in").isEqualTo(302);
	}

	@Test
	void aScheduledJobTriggeredOnBothInstancesRunsOnce() throws Exception {
		// Each instance triggers the overdue check at start-up and every two seconds; the first run holds the
		// job's lock for two minutes, so every other trigger, on either instance, finds it taken.
		Thread.sleep(5000);
		double runs = runs(first) + runs(second);
		assertThat(runs).isEqualTo(1.0);
	}

	private static double runs(ConfigurableApplicationContext context) {
		var counter = context.getBean(MeterRegistry.class).find("homeward.jobs.runs").tag("job", "overdue-actions")
				.counter();
		return counter == null ? 0 : counter.count();
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String[] concat(String[] a, String... b) {
		String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}

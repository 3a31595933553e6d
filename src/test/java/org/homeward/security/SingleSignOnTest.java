package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import identityprovider.TestIdentityProvider;
import org.homeward.support.TwoFactorNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single sign-on with OpenID Connect against a real authorisation server (Spring Authorization Server, started by the
 * test): a ministry's user signs in there and arrives in Homeward with the roles and organisation their groups map
 * to; a user whose groups map to nothing, or to the administrator's role together with one that reads personal data,
 * is refused; each is audited.
 */
class SingleSignOnTest extends TwoFactorNode {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMinistryUserSignsInThroughTheProviderWithTheRolesOfTheirGroups() throws Exception {
		var browser = new SsoBrowser();
		String landed = browser.signInThroughProvider("nurse.sso");
		assertThat(landed).isEqualTo("http://localhost:" + PORT + "/");
		assertThat(browser.get("http://localhost:" + PORT + "/cases").statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("""
				SELECT string_agg(r.role, ',') || '@' || o.name_en || '/' || u.sector FROM app_user u
				JOIN app_user_role r ON r.user_id = u.id JOIN organization o ON o.id = u.organization_id
				WHERE u.username = 'nurse.sso' GROUP BY o.name_en, u.sector""", String.class))
				.isEqualTo("SECTOR_SPECIALIST@Ministry of Health of the Republic of Uzbekistan/HEALTH");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = 'nurse.sso' AND action = 'LOGIN'"
				+ " AND detail = 'single sign-on'", Long.class)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT sso_subject FROM app_user WHERE username = 'nurse.sso'", String.class))
				.startsWith("http://localhost:" + PROVIDER_PORT + "|");
	}

	@Test
	void groupsThatWouldJoinAdministrationWithPersonalDataAreRefused() throws Exception {
		var browser = new SsoBrowser();
		assertThat(browser.signInThroughProvider("mixed.sso")).endsWith("/login?sso-refused");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = 'mixed.sso'", Long.class)).isZero();
		assertThat(browser.get("http://localhost:" + PORT + "/cases").headers().firstValue("Location").orElse(""))
				.contains("/login");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = 'mixed.sso'"
				+ " AND action = 'LOGIN_FAILED'", Long.class)).isEqualTo(1);

		assertThat(new SsoBrowser().signInThroughProvider("visitor.sso")).as("no mapped group, no account")
				.endsWith("/login?sso-refused");
	}

	/** A browser without the browser: cookies for both servers, redirects followed by hand. */
	private static final class SsoBrowser {

		private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/** Starts at Homeward's sign-in button, signs in at the provider, and returns where Homeward finally sends. */
		String signInThroughProvider(String username) throws IOException, InterruptedException {
			String url = "http://localhost:" + PORT + "/login";
			assertThat(get(url).body()).contains("Sign in with the Ministry ID");
			url = "http://localhost:" + PORT + "/oauth2/authorization/ministry";
			for (int hop = 0; hop < 10; hop++) {
				HttpResponse<String> response = get(url);
				if (response.statusCode() == 200 && url.contains(":" + PROVIDER_PORT + "/login")) {
					var token = CSRF.matcher(response.body());
					String form = "username=" + username + "&password=" + TestIdentityProvider.PASSWORD
							+ (token.find() ? "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) : "");
					response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
							.header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
				}
				String location = response.headers().firstValue("Location").orElse(null);
				if (location == null) {
					return url;
				}
				url = URI.create(url).resolve(location).toString();
				if (url.startsWith("http://localhost:" + PORT) && !url.contains("/login/oauth2/")
						&& !url.contains("/oauth2/authorization/")) {
					return url;
				}
			}
			throw new IllegalStateException("too many redirects, last at " + url);
		}
	}
}

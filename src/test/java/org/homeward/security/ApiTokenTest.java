package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.homeward.accounts.internal.ApiTokenStore;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal API tokens in place of passwords: made on the user's page and shown once, kept only as a hash, read-only
 * or read-write, expiring, revocable, each use audited under the user's name; and the tokenised calendar-feed address.
 */
@HomewardTest
class ApiTokenTest {

	private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReadOnlyTokenReadsButDoesNotWriteAndEveryUseIsAuditedUnderItsOwner() {
		String token = create(Demo.CASE_MANAGER, "reporting script", "READ_ONLY", 30);
		assertThat(token).startsWith("hwt_");
		Http api = new Http(port).withToken(token);

		long uses = uses(Demo.CASE_MANAGER);
		assertThat(api.get("/api/v1/cases").status()).isEqualTo(200);
		assertThat(api.post("/api/v1/persons/search", Map.of("name", "Ахмедова")).status()).isEqualTo(200);
		var write = api.post("/api/v1/persons", Map.of());
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.json().get("detail").asString()).contains("read-only");
		assertThat(uses(Demo.CASE_MANAGER)).isEqualTo(uses + 3);
	}

	@Test
	void aReadWriteTokenWritesAndTheTokenIsKeptOnlyAsItsHash() {
		String token = create(Demo.CASE_MANAGER, "integration", "READ_WRITE", 30);
		var written = new Http(port).withToken(token).post("/api/v1/cases/00000000-0000-0000-0000-000000000000/stage",
				Map.of("version", 0, "target", "ASSESSMENT", "reason", "test"));
		assertThat(written.status()).as("past authentication and scope: the request itself is judged")
				.isNotIn(401, 403);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE token_hash = ?", Long.class,
				ApiTokenStore.hash(token))).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token t WHERE t::text LIKE ?", Long.class,
				"%" + token.substring(4) + "%")).as("the token itself is nowhere in the table").isZero();
	}

	@Test
	void aRevokedOrExpiredTokenIsRefused() {
		String revoked = create(Demo.COORDINATOR, "old script", "READ_ONLY", 30);
		Http api = new Http(port).withToken(revoked);
		assertThat(api.get("/api/v1/cases/counts").status()).isEqualTo(200);
		Pages pages = Pages.signIn(port, Demo.COORDINATOR);
		Pages.Page list = pages.get("/account/tokens");
		String id = jdbc.queryForObject("SELECT id::text FROM api_token WHERE token_hash = ?", String.class,
				ApiTokenStore.hash(revoked));
		assertThat(pages.post("/account/tokens/" + id + "/revocation", Map.of(), list).location())
				.endsWith("/account/tokens");
		assertThat(api.get("/api/v1/cases/counts").status()).isEqualTo(401);

		String expiring = create(Demo.COORDINATOR, "short-lived", "READ_ONLY", 1);
		assertThat(new Http(port).withToken(expiring).get("/api/v1/cases/counts").status()).isEqualTo(200);
		jdbc.update("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?",
				ApiTokenStore.hash(expiring));
		var expired = new Http(port).withToken(expiring).get("/api/v1/cases/counts");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.json().get("detail").asString()).contains("expired");
		assertThat(new Http(port).withToken("hwt_guessed").get("/api/v1/cases/counts").status()).isEqualTo(401);
	}

	@Test
	void theCalendarFeedHasItsOwnRevocableAddress() {
		Pages secretariat = Pages.signIn(port, Demo.SECRETARIAT);
		Pages.Page list = secretariat.get("/account/tokens");
		Pages.Page made = secretariat.post("/account/tokens/calendar", Map.of(), list);
		var match = SECRET.matcher(made.html());
		assertThat(match.find()).isTrue();
		String address = match.group(1);
		assertThat(address).contains("/feeds/hwc_").endsWith("/council.ics");
		String path = address.substring(address.indexOf("/feeds/"));

		var feed = new Http(port).anonymous().getBytes(path);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(new String(feed.body())).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
		String token = path.substring("/feeds/".length(), path.length() - "/council.ics".length());
		assertThat(new Http(port).withToken(token).get("/api/v1/council/meetings").status())
				.as("a calendar address is no API token").isEqualTo(401);

		String id = jdbc.queryForObject("SELECT id::text FROM api_token WHERE token_hash = ?", String.class,
				ApiTokenStore.hash(token));
		secretariat.post("/account/tokens/" + id + "/revocation", Map.of(), made);
		assertThat(new Http(port).anonymous().getBytes(path).statusCode()).isEqualTo(404);
	}

	private String create(String username, String name, String scope, int days) {
		Pages pages = Pages.signIn(port, username);
		Pages.Page list = pages.get("/account/tokens");
		Pages.Page made = pages.post("/account/tokens", Map.of("name", name, "scope", scope, "days",
				String.valueOf(days)), list);
		var match = SECRET.matcher(made.html());
		assertThat(match.find()).as(made.html()).isTrue();
		return match.group(1);
	}

	private long uses(String username) {
		return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE record_type = 'API_TOKEN' AND action = 'LOGIN'"
				+ " AND actor = ?", Long.class, username);
	}
}

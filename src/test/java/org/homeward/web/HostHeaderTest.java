package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anyone can send a request with {@code Host: evil.example}; no redirect of Homeward may then send the person there:
 * not the sign-in page's, not the one after signing in (to the page asked for before), not the one after signing
 * out, not a page's "saved, back to the record". Nor does a calendar link to it. The requests are written by hand,
 * since Java's HTTP client does not let a caller choose the Host header.
 */
@HomewardTest
class HostHeaderTest {

	private static final String EVIL = "evil.example";

	@LocalServerPort
	int port;

	/** A browser's cookie jar, kept by hand. */
	private final Map<String, String> cookies = new LinkedHashMap<>();

	@Test
	void theSignInPageIsNotOnTheHostTheRequestNamed() throws IOException {
		Answer answer = send("GET", "/cases", null);

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).doesNotContain(EVIL).startsWith("/login");
	}

	@Test
	void signingInGoesBackToThePageAskedForOnHomewardNotOnTheNamedHost() throws IOException {
		send("GET", "/cases", null); // asked for before signing in: saved, with the host the request named
		Answer signIn = send("GET", "/login", null);

		Answer signedIn = send("POST", "/login",
				form("username", Demo.CASE_MANAGER, "password", Demo.PASSWORD, "_csrf", signIn.csrf()));

		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).doesNotContain(EVIL).startsWith("/cases");
	}

	@Test
	void pagesAndSigningOutRedirectWithinHomeward() throws IOException {
		Answer signIn = send("GET", "/login", null);
		Answer signedIn = send("POST", "/login",
				form("username", Demo.ANALYST, "password", Demo.PASSWORD, "_csrf", signIn.csrf()));
		assertThat(signedIn.location()).doesNotContain(EVIL);
		String csrf = send("GET", "/notifications", null).csrf();

		Answer saved = send("POST", "/notifications/read", form("_csrf", csrf));
		Answer signedOut = send("POST", "/logout", form("_csrf", csrf));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).doesNotContain(EVIL).startsWith("/notifications");
		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(signedOut.location()).doesNotContain(EVIL).startsWith("/login");
	}

	@Test
	void calendarLinksPointToHomewardsPublicAddressNotToTheNamedHost() throws IOException {
		Answer signIn = send("GET", "/login", null);
		send("POST", "/login", form("username", Demo.SECRETARIAT, "password", Demo.PASSWORD, "_csrf", signIn.csrf()));

		Answer feed = send("GET", "/council/calendar.ics", null);

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains("URL:").doesNotContain(EVIL);
	}

	private static String form(String... namesAndValues) {
		StringBuilder form = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=')
					.append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return form.toString();
	}

	/** What came back: the status, the Location and the body (with the form's CSRF token, if any). */
	record Answer(int status, String location, String body) {

		String csrf() {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
			return token.find() ? token.group(1) : "";
		}
	}

	/** One request on its own connection, with {@code Host: evil.example} and the cookies kept so far. */
	private Answer send(String method, String path, String form) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
					.append("Host: ").append(EVIL).append("\r\n").append("Connection: close\r\n")
					.append("Accept: text/html\r\nAccept-Language: en\r\n");
			if (!cookies.isEmpty()) {
				request.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
						.map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
			}
			byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
			if (form != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\n")
						.append("Content-Length: ").append(body.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			return read(socket.getInputStream());
		}
	}

	private Answer read(InputStream in) throws IOException {
		byte[] response = in.readAllBytes();
		int end = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
		String head = new String(response, 0, end < 0 ? response.length : end, StandardCharsets.ISO_8859_1);
		byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(response, end + 4, response.length);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		String location = "";
		boolean chunked = false;
		for (String line : lines) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String name = line.substring(0, colon).trim();
			String value = line.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("Location")) {
				location = value;
			}
			chunked |= name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked");
			if (name.equalsIgnoreCase("Set-Cookie")) {
				String cookie = value.split(";", 2)[0];
				int equals = cookie.indexOf('=');
				cookies.put(cookie.substring(0, equals), cookie.substring(equals + 1));
			}
		}
		return new Answer(status, location,
				new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] newline = "\r\n".getBytes(StandardCharsets.US_ASCII);
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, newline, at);
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
			int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] wanted, int from) {
		outer: for (int i = from; i <= bytes.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (bytes[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}

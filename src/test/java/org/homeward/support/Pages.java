package org.homeward.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without the browser: form sign-in with CSRF, cookies, and form posts, for checking
 * what pages answer to each role. What a person clicks is tested in headless Chromium.
 */
public final class Pages {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;
	private String language = "en";
	private String csrf;

	public Pages(int port) {
		this.base = "http://localhost:" + port;
	}

	public static Pages signIn(int port, String username) {
		return signIn(port, username, Demo.PASSWORD);
	}

	public static Pages signIn(int port, String username, String password) {
		Pages pages = new Pages(port);
		Page login = pages.get("/login");
		Page result = pages.post("/login", Map.of("username", username, "password", password), login);
		if (result.status() != 302 || result.location().contains("error")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + result.status() + " " + result.location());
		}
		return pages;
	}

	/**
	 * Signs in with a password and then a one-time code, as an account with an authenticator app does where the node
	 * requires a second factor.
	 */
	public static Pages signIn(int port, String username, String password, String oneTimeCode) {
		Pages pages = signIn(port, username, password);
		Page second = pages.get("/login/second-factor");
		Page result = pages.post("/login/second-factor/code", Map.of("code", oneTimeCode), second);
		if (result.status() != 302 || result.location().contains("error")) {
			throw new IllegalStateException("second factor of " + username + " refused: " + result.location());
		}
		return pages;
	}

	public Pages inLanguage(String language) {
		this.language = language;
		return this;
	}

	/** A page, fragment or file as the browser receives it: status, headers and bytes. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept-Language", language)
					.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Page get(String path) {
		return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
	}

	/** Posts a form with the CSRF token of the page it was taken from, as a browser would. */
	public Page post(String path, Map<String, String> fields, Page from) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", from.csrf() != null ? from.csrf() : csrf);
		String body = withToken.entrySet().stream()
				.map(e -> encode(e.getKey()) + "=" + encode(e.getValue() == null ? "" : e.getValue()))
				.collect(Collectors.joining("&"));
		return remember(send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))));
	}

	/** Posts a form whose fields may repeat (a list is sent as one field per value), with the session's token. */
	public Page postAll(String path, Map<String, Object> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> {
			for (Object one : value instanceof java.util.Collection<?> many ? many : java.util.List.of(value)) {
				body.append(encode(name)).append('=').append(encode(String.valueOf(one))).append('&');
			}
		});
		body.append("_csrf=").append(encode(csrf));
		return remember(send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()))));
	}

	/** Posts a form with a file, as multipart/form-data, with the session's token. */
	public Page postMultipart(String path, Map<String, Object> fields, String fileField, String fileName) {
		Map<String, Object> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf);
		Multipart body = Multipart.of(withToken, fileField, fileName);
		return remember(send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", body.contentType())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))));
	}

	private Page remember(Page page) {
		if (page.csrf() != null) {
			csrf = page.csrf();
		}
		return page;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.header("Accept-Language", language)
					.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""), token.find() ? token.group(1) : null);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A page as the server answered it. */
	public record Page(int status, String html, String location, String csrf) {
	}
}

package org.homeward.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of Homeward's REST API as an integrator would call it: over HTTP, with Basic credentials and JSON. */
public final class Http {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();
	private final String base;
	private String authorization;
	private String language = "en";

	public Http(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs the following requests with the demo user's credentials. */
	public Http as(String username) {
		return as(username, Demo.PASSWORD);
	}

	public Http as(String username, String password) {
		Http other = new Http(base);
		other.authorization = "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		other.language = language;
		return other;
	}

	/** Signs the following requests with a personal API token. */
	public Http withToken(String token) {
		Http other = new Http(base);
		other.authorization = "Bearer " + token;
		other.language = language;
		return other;
	}

	public Http anonymous() {
		Http other = new Http(base);
		other.language = language;
		return other;
	}

	public Http inLanguage(String language) {
		Http other = new Http(base);
		other.authorization = authorization;
		other.language = language;
		return other;
	}

	private Http(String base) {
		this.base = base;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/** A binary answer, such as a PDF: status and bytes. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	public Response postRaw(String path, String body) {
		return send(request(path).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Uploads one file as the form field {@code file}, as a multipart form. */
	public Response postFile(String path, String fileName, String contentType, byte[] content) {
		String boundary = "homeward-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json(body))));
	}

	/** Any method, with a JSON body or none. */
	public Response send(String method, String path, Object body) {
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json(body));
		HttpRequest.Builder request = request(path).method(method, publisher);
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return send(request);
	}

	/** A multipart form with text fields and one file (a small PDF) under the given name. */
	public Response multipart(String method, String path, java.util.Map<String, Object> fields, String fileField,
			String fileName) {
		Multipart body = Multipart.of(fields, fileField, fileName);
		return send(request(path).header("Content-Type", body.contentType())
				.method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
	}

	private static String json(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language)
				.header("Accept", "application/json, application/problem+json, */*;q=0.1");
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A response with its body read as JSON when it is JSON. */
	public record Response(int status, String text, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(text);
		}

		@Override
		public String toString() {
			return status + " " + text;
		}
	}
}

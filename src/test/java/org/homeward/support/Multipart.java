package org.homeward.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser sends a form with a file: text fields, then a small PDF. */
record Multipart(String contentType, byte[] bytes) {

	static Multipart of(Map<String, Object> fields, String fileField, String fileName) {
		String boundary = "----homeward" + UUID.randomUUID().toString().replace("-", "");
		var out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> {
			for (Object one : value instanceof Collection<?> many ? many : List.of(value)) {
				write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + one
						+ "\r\n");
			}
		});
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n% a scan\n%%EOF\r\n");
		write(out, "--" + boundary + "--\r\n");
		return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}

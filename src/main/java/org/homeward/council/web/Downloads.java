package org.homeward.council.web;

import java.nio.charset.StandardCharsets;

import org.homeward.council.CouncilFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files, PDFs and calendars as downloads, with a file name no header can be broken by. */
final class Downloads {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private Downloads() {
	}

	static ResponseEntity<byte[]> file(CouncilFile.Content file) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
				.header("X-Content-Type-Options", "nosniff").body(file.bytes());
	}

	static ResponseEntity<byte[]> pdf(String fileName, byte[] pdf) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName)).body(pdf);
	}

	static ResponseEntity<String> calendar(String fileName, String ics) {
		return ResponseEntity.ok().contentType(CALENDAR)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
				.body(ics);
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName.replaceAll("[^A-Za-z0-9._-]", "_")).build().toString();
	}
}

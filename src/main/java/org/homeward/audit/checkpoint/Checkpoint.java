package org.homeward.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement, kept outside the database, that the audit trail's entry {@code entryId} had hash
 * {@code entryHash} at {@code time}: the database cannot rewrite it, so removing or changing entries up to it is
 * detected later (in the manner of RFC 9162's signed tree heads).
 */
public record Checkpoint(String node, long entryId, String entryHash, Instant time, String signature) {

	/** What is signed: a fixed label and the fields, one per line. */
	byte[] signedBytes() {
		return ("homeward-audit-checkpoint-v1\n" + node + "\n" + entryId + "\n" + entryHash + "\n" + time)
				.getBytes(StandardCharsets.UTF_8);
	}

	/** One line of the checkpoint file (JSON, in a fixed order, so that it is easy to read and to compare). */
	String toLine() {
		return "{\"node\":\"" + node + "\",\"entryId\":" + entryId + ",\"entryHash\":\"" + entryHash + "\",\"time\":\""
				+ time + "\",\"signature\":\"" + signature + "\"}";
	}

	static Checkpoint parse(String line) {
		return new Checkpoint(field(line, "node"), Long.parseLong(number(line, "entryId")), field(line, "entryHash"),
				Instant.parse(field(line, "time")), field(line, "signature"));
	}

	byte[] signatureBytes() {
		return Base64.getDecoder().decode(signature);
	}

	private static String field(String line, String name) {
		String key = "\"" + name + "\":\"";
		int start = line.indexOf(key);
		if (start < 0) {
			throw new IllegalArgumentException("no " + name);
		}
		start += key.length();
		return line.substring(start, line.indexOf('"', start));
	}

	private static String number(String line, String name) {
		String key = "\"" + name + "\":";
		int start = line.indexOf(key) + key.length();
		int end = start;
		while (end < line.length() && Character.isDigit(line.charAt(end))) {
			end++;
		}
		return line.substring(start, end);
	}
}

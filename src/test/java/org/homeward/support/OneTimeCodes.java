package org.homeward.support;

import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * What an authenticator app does: the six-digit code of a secret at a 30-second time step. A code is accepted once,
 * so a test that signs in again uses a later step (within the one step of drift allowed).
 */
public final class OneTimeCodes {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7]+)<");

	private OneTimeCodes() {
	}

	public static long now() {
		return System.currentTimeMillis() / 30_000;
	}

	public static String code(String secret, long step) {
		try {
			return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The secret the enrolment page shows for typing into an app by hand. */
	public static String secretOn(String html) {
		var match = SECRET.matcher(html);
		if (!match.find()) {
			throw new IllegalStateException("no authenticator secret on the page");
		}
		return match.group(1);
	}
}

package org.homeward.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Time-based one-time codes (RFC 6238: six digits, 30 seconds, HMAC-SHA1, as every authenticator app expects), their
 * enrolment by QR code, and recovery codes. The codes come from a maintained library; which time step a code matched
 * is decided here, so that the store can refuse a code used before.
 */
public final class AuthenticatorCodes {

	static final int PERIOD_SECONDS = 30;
	private static final int DIGITS = 6;
	/** One step either side, for a phone's clock that is a little off. */
	private static final int ALLOWED_DRIFT = 1;
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
	private final SecureRandom random = new SecureRandom();
	private final Clock clock;

	public AuthenticatorCodes(Clock clock) {
		this.clock = clock;
	}

	public static String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	public long currentStep() {
		return clock.millis() / 1000 / PERIOD_SECONDS;
	}

	/** The code of a time step, as an authenticator app would show it. */
	public String codeAt(String secret, long step) {
		try {
			return generator.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The time step whose code this is, within the allowed drift; none if the code is wrong. */
	public java.util.OptionalLong matchingStep(String secret, String code) {
		if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
			return java.util.OptionalLong.empty();
		}
		long now = currentStep();
		for (long step = now - ALLOWED_DRIFT; step <= now + ALLOWED_DRIFT; step++) {
			if (java.security.MessageDigest.isEqual(codeAt(secret, step).getBytes(), code.strip().getBytes())) {
				return java.util.OptionalLong.of(step);
			}
		}
		return java.util.OptionalLong.empty();
	}

	/** The QR code an authenticator app scans (an otpauth:// address), as a data URI for an image. */
	public static String qrCode(String secret, String username, String issuer) {
		QrData data = new QrData.Builder().label(username).secret(secret).issuer(issuer)
				.algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
		try {
			var generator = new ZxingPngQrGenerator();
			generator.setImageSize(220);
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Ten recovery codes of 16 characters (80 bits) each, grouped by four for reading. */
	public List<String> recoveryCodes() {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			var code = new StringBuilder();
			for (int c = 0; c < 16; c++) {
				if (c > 0 && c % 4 == 0) {
					code.append('-');
				}
				code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}
}

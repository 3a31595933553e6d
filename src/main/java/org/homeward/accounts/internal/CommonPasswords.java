package org.homeward.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled list of common passwords (accounts/common-passwords.txt), which attackers try first. A password is
 * refused if it is on the list ignoring case, if it is a listed one padded with digits or punctuation
 * ("password1234!"), or if it is one character repeated.
 */
@Component
class CommonPasswords {

	private final Set<String> listed = new HashSet<>();

	CommonPasswords() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
					.forEach(listed::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	boolean contains(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (listed.contains(lower) || lower.chars().distinct().count() == 1) {
			return true;
		}
		String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
		return !core.isEmpty() && core.length() < lower.length() && listed.contains(core) && core.length() >= 4;
	}
}

package org.homeward.accounts.internal;

import java.security.SecureRandom;
import java.util.Set;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.NewUser;
import org.homeward.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, when no administrator exists, creates one named {@code admin}: with the password from
 * {@code HOMEWARD_ADMIN_PASSWORD}, or with a generated one printed once to the console. Either way it must be
 * changed at the first sign-in.
 */
@Component
@Order(20)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final Accounts accounts;
	private final String configuredPassword;

	FirstAdministrator(Accounts accounts, @Value("${homeward.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyActiveAdministrator() || accounts.findByUsername("admin").isPresent()) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		accounts.provision(new NewUser("admin", "Administrator", password, null, Set.of(Role.ADMINISTRATOR), null, null, null),
				true);
		log.info("Created the first administrator account 'admin'; its password must be changed at first sign-in");
		if (generated) {
			// Printed to the console, not logged, so that it does not end up in log files.
			System.out.println();
			System.out.println("  First administrator: admin / " + password);
			System.out.println("  (shown once; you will choose a new password at first sign-in)");
			System.out.println();
		}
	}

	private static String generate() {
		var random = new SecureRandom();
		var password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}

package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.Pages;
import org.homeward.support.TwoFactorNode;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed per account and per client address (here with small limits refilled within seconds):
 * past the limit, attempts are refused at once, even with the right password, and allowed again once the bucket
 * refills.
 */
class SignInThrottleTest extends TwoFactorNode {

	@Test
	void guessingOneAccountAndGuessingFromOneAddressAreBothSlowed() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			assertThat(attempt(Demo.ANALYST, "wrong-password-" + i)).contains("error");
		}
		assertThat(attempt(Demo.ANALYST, Demo.PASSWORD)).as("the account's bucket is empty").contains("throttled");
		assertThat(attempt(Demo.SECRETARIAT, Demo.PASSWORD)).as("another account is not slowed")
				.doesNotContain("throttled").doesNotContain("error");

		int attempts = 0;
		String answer = "";
		while (!answer.contains("throttled") && attempts < 20) {
			answer = attempt("nobody-" + attempts, "wrong-password");
			attempts++;
		}
		assertThat(answer).as("the address's bucket empties after a dozen failures").contains("throttled");
		assertThat(attempts).isLessThanOrEqualTo(12);
		assertThat(attempt(Demo.SECRETARIAT, Demo.PASSWORD)).as("every account, from this address").contains("throttled");

		Thread.sleep(3_000);
		assertThat(attempt(Demo.SECRETARIAT, Demo.PASSWORD)).as("a few seconds later, one more try")
				.doesNotContain("throttled");
		Thread.sleep(12_000); // leave the buckets full for the other tests of this Homeward
	}

	private static String attempt(String username, String password) {
		Pages pages = new Pages(PORT);
		Pages.Page login = pages.get("/login");
		Pages.Page result = pages.post("/login", Map.of("username", username, "password", password), login);
		return result.status() + " " + result.location();
	}
}

package org.homeward.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.homeward.support.Browser;
import org.homeward.support.Demo;
import org.homeward.support.OneTimeCodes;
import org.homeward.support.TwoFactorNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * What a person does in Chromium on a node that requires a second factor: enrol a passkey at the first sign-in
 * (Chromium's virtual authenticator stands in for the computer's), sign in with it; enrol an authenticator app and
 * sign in with its code; sign in with a recovery code; and get nowhere with the password alone.
 */
class TwoFactorBrowserTest extends TwoFactorNode {

	private Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(PORT);
	}

	@AfterEach
	void closeBrowser(TestInfo test) {
		try {
			browser.screenshot("last-TwoFactorBrowserTest-" + test.getTestMethod().orElseThrow().getName());
		}
		finally {
			browser.close();
		}
	}

	@Test
	void aPasskeyIsEnrolledAtTheFirstSignInAndThenSignsIn() {
		VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser.driver())
				.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
						.setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
						.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
						.setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true));

		browser.signIn(Demo.PSYCHOLOGIST, Demo.PASSWORD);
		browser.waitForUrl("/account/two-factor/enrol");
		browser.screenshot("two-factor-enrol");
		browser.type(By.id("passkey-label"), "Office laptop");
		browser.click(By.id("passkey-register"));
		browser.waitForUrl("/account/two-factor/passkey-added");
		assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		browser.screenshot("two-factor-recovery-codes");
		browser.click(By.id("recovery-codes-saved"));
		browser.waitForUrl("/login/second-factor");
		browser.screenshot("two-factor-second-step");
		browser.click(By.id("passkey-sign-in"));
		waitUntilAway("/login/second-factor");
		browser.open("/cases");
		assertThat(browser.url()).endsWith("/cases");
		assertThat(authenticator.getCredentials()).hasSize(1);

		// the next sign-in: password, then the passkey
		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.signIn(Demo.PSYCHOLOGIST, Demo.PASSWORD);
		browser.waitForUrl("/login/second-factor");
		browser.open("/cases");
		assertThat(browser.url()).as("the password alone opens nothing").contains("/login/second-factor");
		browser.click(By.id("passkey-sign-in"));
		waitUntilAway("/login/second-factor");
		browser.open("/cases");
		assertThat(browser.url()).endsWith("/cases");
	}

	@Test
	void anAuthenticatorAppIsEnrolledAndItsCodeOrARecoveryCodeSignsIn() {
		browser.signIn(Demo.HEALTH_SPECIALIST, Demo.PASSWORD);
		browser.waitForUrl("/account/two-factor/enrol");
		String secret = browser.text(By.id("totp-secret"));
		long step = OneTimeCodes.now();
		browser.type(By.id("app-code"), OneTimeCodes.code(secret, step)).click(By.id("app-confirm"));
		List<String> codes = browser.driver().findElements(By.cssSelector("#recovery-codes li")).stream()
				.map(WebElement::getText).toList();
		assertThat(codes).hasSize(10);
		browser.click(By.id("recovery-codes-saved"));
		browser.open("/cases");
		assertThat(browser.url()).endsWith("/cases");

		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.signIn(Demo.HEALTH_SPECIALIST, Demo.PASSWORD);
		browser.waitForUrl("/login/second-factor");
		browser.type(By.id("code"), "000000".equals(OneTimeCodes.code(secret, step + 1)) ? "111111" : "000000")
				.click(By.id("code-submit"));
		browser.waitForUrl("error");
		assertThat(browser.text(By.cssSelector(".alert-danger"))).contains("not accepted");
		browser.type(By.id("code"), OneTimeCodes.code(secret, step + 1)).click(By.id("code-submit"));
		waitUntilAway("/login/second-factor");
		browser.open("/cases");
		assertThat(browser.url()).endsWith("/cases");

		browser.click(By.id("user-menu")).click(By.id("sign-out"));
		browser.signIn(Demo.HEALTH_SPECIALIST, Demo.PASSWORD);
		browser.waitForUrl("/login/second-factor");
		browser.click(By.tagName("summary"));
		browser.type(By.id("recovery-code"), codes.get(0)).click(By.id("recovery-submit"));
		browser.waitForUrl("/account/two-factor");
		assertThat(browser.text(By.id("codes-left"))).isEqualTo("9");
		browser.screenshot("two-factor-after-recovery");
	}

	private void waitUntilAway(String path) {
		long deadline = System.currentTimeMillis() + 10_000;
		while (browser.url().contains(path) && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		assertThat(browser.url()).doesNotContain(path);
	}
}

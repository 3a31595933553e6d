package org.homeward.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import identityprovider.TestIdentityProvider;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Homeward configured as a production node signs in (the demo data, but every role that reads personal data must
 * pass a second factor, and the API takes tokens only, no HTTP Basic), on a port fixed before it starts so that its
 * public address, which passkeys are bound to, is known. Tests extending this class share one such Homeward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
public abstract class TwoFactorNode {

	protected static final int PORT = freePort();
	/** The ministry's identity provider, for single sign-on. */
	protected static final int PROVIDER_PORT = freePort();
	private static ConfigurableApplicationContext provider;

	@DynamicPropertySource
	static void productionSignIn(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
		properties.add("homeward.base-url", () -> "http://localhost:" + PORT);
		properties.add("homeward.accounts.two-factor.required", () -> "true");
		properties.add("homeward.api.basic-auth", () -> "false");
		// a few failed sign-ins per address and per account, refilled within seconds, so that a test can see both
		properties.add("homeward.accounts.sign-in-limit.per-address", () -> "12");
		properties.add("homeward.accounts.sign-in-limit.per-address-period", () -> "12s");
		properties.add("homeward.accounts.sign-in-limit.per-account", () -> "3");
		properties.add("homeward.accounts.sign-in-limit.per-account-period", () -> "9s");
		singleSignOn(properties);
	}

	/** Single sign-on through the test's identity provider, started before Homeward reads its address. */
	private static void singleSignOn(DynamicPropertyRegistry properties) {
		synchronized (TwoFactorNode.class) {
			if (provider == null) {
				provider = TestIdentityProvider.start(PROVIDER_PORT, "http://localhost:" + PORT);
			}
		}
		String registration = "spring.security.oauth2.client.registration.ministry.";
		properties.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
		properties.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		properties.add(registration + "scope", () -> "openid,profile");
		properties.add(registration + "provider", () -> "ministry");
		properties.add("spring.security.oauth2.client.provider.ministry.issuer-uri",
				() -> "http://localhost:" + PROVIDER_PORT);
		properties.add("homeward.sso.registration-id", () -> "ministry");
		properties.add("homeward.sso.name", () -> "the Ministry ID");
		properties.add("homeward.sso.provider-checks-second-factor", () -> "true");
		properties.add("homeward.sso.groups[0].group", () -> "moh-health-staff");
		properties.add("homeward.sso.groups[0].roles", () -> "SECTOR_SPECIALIST");
		properties.add("homeward.sso.groups[0].organization", () -> "Ministry of Health of the Republic of Uzbekistan");
		properties.add("homeward.sso.groups[0].sector", () -> "HEALTH");
		properties.add("homeward.sso.groups[1].group", () -> "commission-coordinators");
		properties.add("homeward.sso.groups[1].roles", () -> "COORDINATOR");
		properties.add("homeward.sso.groups[1].organization", () -> "National Interagency Commission on Rehabilitation and Reintegration");
		properties.add("homeward.sso.groups[2].group", () -> "it-admins");
		properties.add("homeward.sso.groups[2].roles", () -> "ADMINISTRATOR");
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

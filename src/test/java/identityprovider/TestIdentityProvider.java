package identityprovider;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A ministry's identity provider for the tests: Spring Authorization Server, started in the test's JVM on its own
 * port, with one registered client (Homeward) and a few people, each in groups that its ID tokens list in a
 * {@code groups} claim. Outside Homeward's packages, so that Homeward's component scan never picks up its beans.
 */
public final class TestIdentityProvider {

	public static final String CLIENT_ID = "homeward";
	public static final String CLIENT_SECRET = "sso-client-secret";
	public static final String PASSWORD = "provider-password";

	private TestIdentityProvider() {
	}

	/** Starts the provider on {@code port}, for a Homeward whose public address is {@code homewardBaseUrl}. */
	public static ConfigurableApplicationContext start(int port, String homewardBaseUrl) {
		String client = "spring.security.oauth2.authorizationserver.client.homeward.";
		return new SpringApplicationBuilder(Provider.class).properties(Map.of(
				"spring.config.name", "identity-provider",
				"spring.main.banner-mode", "off",
				"server.port", port,
				"spring.security.oauth2.authorizationserver.issuer", "http://localhost:" + port,
				client + "registration.client-id", CLIENT_ID,
				client + "registration.client-secret", "{noop}" + CLIENT_SECRET,
				client + "registration.client-authentication-methods", "client_secret_basic",
				client + "registration.authorization-grant-types", "authorization_code",
				client + "registration.redirect-uris", homewardBaseUrl + "/login/oauth2/code/ministry",
				client + "registration.scopes", "openid,profile")).run();
	}

	/** Not a @Configuration, so that Homeward's own component scan never picks up the provider's beans. */
	@ImportAutoConfiguration(classes = {
			org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
			org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
			org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
			org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
			org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
			org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
			org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
			org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
			org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
			org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class })
	static class Provider {

		/** People of the ministry and their groups. */
		@Bean
		UserDetailsService people() {
			return new InMemoryUserDetailsManager(
					User.withUsername("nurse.sso").password("{noop}" + PASSWORD).authorities("GROUP_moh-health-staff")
							.build(),
					User.withUsername("coordinator.sso").password("{noop}" + PASSWORD)
							.authorities("GROUP_commission-coordinators").build(),
					User.withUsername("mixed.sso").password("{noop}" + PASSWORD)
							.authorities("GROUP_it-admins", "GROUP_commission-coordinators").build(),
					User.withUsername("visitor.sso").password("{noop}" + PASSWORD).authorities("GROUP_visitors").build());
		}

		/** The user's groups in the ID token, as ministries' providers do. */
		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> groupsInIdToken() {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					List<String> groups = context.getPrincipal().getAuthorities().stream()
							.map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("GROUP_"))
							.map(a -> a.substring("GROUP_".length())).toList();
					context.getClaims().claim("groups", groups);
				}
			};
		}
	}
}

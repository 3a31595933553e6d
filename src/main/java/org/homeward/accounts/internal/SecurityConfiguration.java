package org.homeward.accounts.internal;

import java.util.HashMap;
import java.util.Map;

import org.homeward.shared.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Deny by default. The API authenticates each request (HTTP Basic, no session, answers in problem details);
 * pages use a form sign-in with CSRF protection and a session kept in PostgreSQL. Paths name the roles that may
 * open them, and each module's services check roles and scope again, so that a forgotten path rule opens nothing.
 * Of the operations endpoints only health is public; the metrics are for an administrator's account (HTTP Basic,
 * as a Prometheus scraper sends it). Redirects are relative, so that a forged {@code Host} header steers none.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	private static final String[] PUBLIC = { "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	/**
	 * bcrypt, with its cost of 10 by default; stored hashes say their own cost, so a change applies to new passwords.
	 * The test suite lowers it, where thousands of HTTP Basic requests each check a password.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${homeward.accounts.bcrypt-strength:10}") int strength) {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("bcrypt", new BCryptPasswordEncoder(strength));
		DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
		delegating.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
		return delegating;
	}

	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, ProblemWriter problems) throws Exception {
		http.securityMatcher("/actuator/**")
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
						.anyRequest().hasRole("ADMINISTRATOR"))
				.httpBasic(basic -> basic.authenticationEntryPoint(basicSignIn(problems)))
				.exceptionHandling(exceptions -> exceptions
						.accessDeniedHandler((request, response, e) ->
								problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden")))
				.csrf(csrf -> csrf.disable()) // read only, and no cookies are accepted here
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/api/v1/council/**").hasAnyRole("COUNCIL_SECRETARIAT", "COUNCIL_MEMBER")
						.requestMatchers(HttpMethod.GET, "/api/v1/role-changes").hasRole("AUDITOR")
						.requestMatchers("/api/v1/role-changes/**").hasRole("ADMINISTRATOR")
						.requestMatchers("/api/v1/imports", "/api/v1/imports/**").hasAnyRole("COORDINATOR", "CASE_MANAGER")
						.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(basicSignIn(problems)))
				.exceptionHandling(exceptions -> exceptions
						.accessDeniedHandler((request, response, e) ->
								problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden")))
				.csrf(csrf -> csrf.disable()) // no cookies are accepted here: every request carries its credentials
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ProblemWriter problems, SignInRecorder signIns) throws Exception {
		http.authorizeHttpRequests(requests -> requests
						.requestMatchers(PUBLIC).permitAll()
						.requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
						.requestMatchers("/audit/**").hasRole("AUDITOR")
						.requestMatchers("/registry/**").hasAnyRole("COORDINATOR", "CASE_MANAGER")
						.requestMatchers("/imports", "/imports/**").hasAnyRole("COORDINATOR", "CASE_MANAGER")
						.requestMatchers("/council/**").hasAnyRole("COUNCIL_SECRETARIAT", "COUNCIL_MEMBER")
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").successHandler(signIns).failureUrl("/login?error")
						.permitAll())
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInPage()))
				.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
				.addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
		return http.build();
	}

	/** "Sign in with your username and password" as a problem detail, with the challenge a client answers. */
	private static AuthenticationEntryPoint basicSignIn(ProblemWriter problems) {
		return (request, response, e) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\"");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		};
	}

	/** The sign-in page, as a relative address: never one built from the request's {@code Host} header. */
	private static AuthenticationEntryPoint signInPage() {
		var signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		return signIn;
	}
}

package org.homeward.accounts.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.shared.web.DatabaseUnavailable;
import org.homeward.shared.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Deny by default. The API authenticates each request with a personal API token (or, in demo mode only, HTTP Basic),
 * with no session, and answers in problem details; pages use a form sign-in with CSRF protection and a session kept
 * in PostgreSQL, then a second factor (passkey, one-time code or recovery code) from whoever must pass one, checked
 * by Spring Security's multi-factor authorization on every path. Paths name the roles that may open them, and each
 * module's services check roles and scope again, so that a forgotten path rule opens nothing.
 * Of the operations endpoints only health is public; the metrics are for an administrator's account, signed in as
 * the API is (a personal token, as a Prometheus scraper sends a bearer token; HTTP Basic where the API takes it).
 * Redirects are relative, so that a forged {@code Host} header steers none.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableMultiFactorAuthentication(authorities = {})
@EnableConfigurationProperties(SsoSettings.class)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	private static final String[] PUBLIC = { "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			CalendarFeedTokens.PATTERN, "/oauth2/authorization/**", "/login/oauth2/**" };

	/** Pages of the second factor itself: for a user who has passed the first. */
	private static final String[] SECOND_FACTOR_PAGES = { "/login/second-factor", "/login/second-factor/**",
			"/account/two-factor/passkey-added" };

	/** Enrolling a factor: with the first factor only while the user has none, with both afterwards. */
	private static final String[] ENROLMENT = { "/account/two-factor/enrol", "/account/two-factor/enrol/**",
			"/account/two-factor/app", "/webauthn/register/**",
			"/webauthn/register" };

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

	/** Every role rule of every path also asks for the factors {@link SecondFactorAuthorization} requires. */
	@Bean
	AuthorizationManagerFactory<RequestAuthorizationContext> factorAwareAuthorization(SecondFactorPolicy policy,
			@Value("${homeward.sso.provider-checks-second-factor:false}") boolean providerChecksSecondFactor) {
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = new DefaultAuthorizationManagerFactory<>();
		factory.setAdditionalAuthorization(new SecondFactorAuthorization(policy, providerChecksSecondFactor)::authorize);
		return factory;
	}

	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, ProblemWriter problems, ApiTokenFilter tokens,
			SignInThrottle throttle, DatabaseUnavailable unavailable,
			@Value("${homeward.api.basic-auth:${homeward.demo:false}}") boolean basicAuth) throws Exception {
		http.securityMatcher("/actuator/**")
				.authorizeHttpRequests(requests -> requests
						.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
						.anyRequest().hasRole("ADMINISTRATOR"))
				.exceptionHandling(exceptions -> exceptions
						.authenticationEntryPoint(basicAuth ? basicSignIn(problems, unavailable)
								: (request, response, e) -> {
									response.setHeader("WWW-Authenticate", "Bearer");
									problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.signInRequired");
								})
						.accessDeniedHandler((request, response, e) -> problems.write(request, response,
								HttpStatus.FORBIDDEN, missingFactor(e) ? "problem.secondFactorRequired" : "problem.forbidden")))
				.csrf(csrf -> csrf.disable()) // read only, and no cookies are accepted here
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.addFilterBefore(throttle, BasicAuthenticationFilter.class)
				.addFilterBefore(tokens, BasicAuthenticationFilter.class)
				.addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
		if (basicAuth) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(basicSignIn(problems, unavailable)));
		}
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, ApiTokenFilter tokens, SignInThrottle throttle,
			DatabaseUnavailable unavailable,
			@Value("${homeward.api.basic-auth:${homeward.demo:false}}") boolean basicAuth) throws Exception {
		http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests
						// a node's quarter is authenticated by its signature, verified against the hub's register
						.requestMatchers(HttpMethod.POST, "/api/v1/hub/submissions").permitAll()
						.requestMatchers("/api/v1/hub/**").denyAll()
						.requestMatchers("/api/v1/council/**").hasAnyRole("COUNCIL_SECRETARIAT", "COUNCIL_MEMBER")
						.requestMatchers("/api/v1/indicators/**").hasAnyRole("COORDINATOR", "ANALYST")
						.requestMatchers(HttpMethod.GET, "/api/v1/role-changes").hasRole("AUDITOR")
						.requestMatchers("/api/v1/role-changes/**").hasRole("ADMINISTRATOR")
						.requestMatchers("/api/v1/imports", "/api/v1/imports/**").hasAnyRole("COORDINATOR", "CASE_MANAGER")
						.anyRequest().authenticated())
				.exceptionHandling(exceptions -> exceptions
						.authenticationEntryPoint((request, response, e) -> {
							response.setHeader("WWW-Authenticate", basicAuth ? "Basic realm=\"Homeward\", Bearer" : "Bearer");
							problems.write(request, response, HttpStatus.UNAUTHORIZED,
									basicAuth ? "problem.unauthorized" : "problem.signInRequired");
						})
						.accessDeniedHandler((request, response, e) -> problems.write(request, response,
								HttpStatus.FORBIDDEN, missingFactor(e) ? "problem.secondFactorRequired" : "problem.forbidden")))
				.csrf(csrf -> csrf.disable()) // no cookies are accepted here: every request carries its credentials
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.addFilterBefore(throttle, BasicAuthenticationFilter.class)
				.addFilterBefore(tokens, BasicAuthenticationFilter.class)
				.addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
		if (basicAuth) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(basicSignIn(problems, unavailable)));
		}
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, ProblemWriter problems, SignInRecorder signIns, SignInThrottle throttle,
			PasskeySignIn passkeys, SecondFactorStore secondFactors, CalendarFeedTokens calendarTokens,
			SsoSettings sso, SsoSignIn ssoSignIn, ObjectProvider<ClientRegistrationRepository> registrations,
			@Value("${homeward.base-url:http://localhost:8080}") String baseUrl,
			@Value("${homeward.webauthn.allowed-origins:}") List<String> extraOrigins) throws Exception {
		http.authorizeHttpRequests(requests -> requests
						.requestMatchers(PUBLIC).permitAll()
						.requestMatchers(SECOND_FACTOR_PAGES).access(AuthenticatedAuthorizationManager.authenticated())
						.requestMatchers(ENROLMENT).access(new EnrolmentAuthorization(secondFactors)::authorize)
						.requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
						.requestMatchers("/audit/**").hasRole("AUDITOR")
						.requestMatchers("/registry/**").hasAnyRole("COORDINATOR", "CASE_MANAGER")
						.requestMatchers("/imports", "/imports/**").hasAnyRole("COORDINATOR", "CASE_MANAGER")
						.requestMatchers("/council/**").hasAnyRole("COUNCIL_SECRETARIAT", "COUNCIL_MEMBER")
						.requestMatchers("/reporting/**").hasAnyRole("COORDINATOR", "ANALYST")
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").successHandler(signIns).failureUrl("/login?error")
						.permitAll())
				.webAuthn(webAuthn -> webAuthn.rpName("Homeward").rpId(URI.create(baseUrl).getHost())
						.allowedOrigins(origins(baseUrl, extraOrigins)).disableDefaultRegistrationPage(true)
						.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
							@Override
							public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
								filter.setAuthenticationSuccessHandler(passkeys);
								filter.setAuthenticationFailureHandler(passkeys);
								return filter;
							}
						}))
				.exceptionHandling(exceptions -> exceptions
						.authenticationEntryPoint(signInPage("/login"))
						.defaultDeniedHandlerForMissingAuthority(signInPage("/login/second-factor"),
								SecondFactorAuthorization.SECOND_FACTOR)
						.defaultDeniedHandlerForMissingAuthority(signInPage("/login"),
								FactorGrantedAuthority.PASSWORD_AUTHORITY))
				.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
				.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(calendarTokens, BasicAuthenticationFilter.class)
				.addFilterAfter(new PasswordChangeGate(problems), AuthorizationFilter.class);
		if (sso.enabled() && registrations.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/login").successHandler(ssoSignIn).failureHandler(ssoSignIn));
		}
		return http.build();
	}

	/** The token filters run inside the security chains only, not as servlet filters of their own. */
	@Bean
	FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SignInThrottle> signInThrottleRegistration(SignInThrottle filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CalendarFeedTokens> calendarFeedTokensRegistration(CalendarFeedTokens filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/** The public address's origin, and any other the operator lists (another host name of the same node). */
	private static Set<String> origins(String baseUrl, List<String> extra) {
		URI base = URI.create(baseUrl);
		Set<String> origins = new LinkedHashSet<>();
		origins.add(base.getScheme() + "://" + base.getHost() + (base.getPort() > 0 ? ":" + base.getPort() : ""));
		extra.stream().filter(origin -> !origin.isBlank()).forEach(origins::add);
		return origins;
	}

	private static boolean missingFactor(Exception e) {
		return e instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof FactorAuthorizationDecision;
	}

	/** "Sign in with your username and password" as a problem detail, with the challenges a client may answer. */
	private static AuthenticationEntryPoint basicSignIn(ProblemWriter problems, DatabaseUnavailable unavailable) {
		return (request, response, e) -> {
			if (DatabaseUnavailable.causedByUnreachableDatabase(e)) {
				unavailable.answer(request, response);
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\", Bearer");
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		};
	}

	/** A sign-in page, as a relative address: never one built from the request's {@code Host} header. */
	private static AuthenticationEntryPoint signInPage(String path) {
		var signIn = new LoginUrlAuthenticationEntryPoint(path);
		signIn.setFavorRelativeUris(true);
		return signIn;
	}
}

package org.homeward.accounts.internal;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * The factors every request needs besides its role, checked with Spring Security's multi-factor authorization:
 * a first factor (password, single sign-on, or a personal API token), and a second (passkey, one-time code or
 * recovery code) from whoever {@link SecondFactorPolicy} says must pass one. An API token counts as both: only a user
 * signed in with both could create it.
 */
final class SecondFactorAuthorization implements AuthorizationManager<Object> {

	/** What Spring Security calls the missing second factor, so that the user is sent to the second-factor page. */
	static final String SECOND_FACTOR = "FACTOR_SECOND";
	static final String TOTP = "FACTOR_TOTP";
	static final String RECOVERY_CODE = "FACTOR_RECOVERY_CODE";

	private static final Set<String> FIRST = Set.of(FactorGrantedAuthority.PASSWORD_AUTHORITY,
			FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY, FactorGrantedAuthority.BEARER_AUTHORITY);
	private static final Set<String> SECOND = Set.of(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, TOTP, RECOVERY_CODE,
			FactorGrantedAuthority.BEARER_AUTHORITY);

	private final SecondFactorPolicy policy;
	private final boolean identityProviderChecksSecondFactor;

	SecondFactorAuthorization(SecondFactorPolicy policy, boolean identityProviderChecksSecondFactor) {
		this.policy = policy;
		this.identityProviderChecksSecondFactor = identityProviderChecksSecondFactor;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object object) {
		Authentication current = authentication.get();
		if (current == null || !(current.getPrincipal() instanceof HomewardUser user)) {
			return new AuthorizationDecision(true); // anonymous: the role or "authenticated" rule decides
		}
		Set<String> factors = factorsOf(current);
		if (factors.stream().noneMatch(FIRST::contains)) {
			return missing(FactorGrantedAuthority.PASSWORD_AUTHORITY);
		}
		if (hasSecondFactor(factors, identityProviderChecksSecondFactor)
				|| !policy.required(user.currentUser().roles(), user.secondFactorEnrolled())) {
			return new AuthorizationDecision(true);
		}
		return missing(SECOND_FACTOR);
	}

	static boolean hasSecondFactor(Set<String> factors, boolean identityProviderChecksSecondFactor) {
		return factors.stream().anyMatch(SECOND::contains) || (identityProviderChecksSecondFactor
				&& factors.contains(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
	}

	static Set<String> factorsOf(Authentication authentication) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.filter(authority -> authority.startsWith("FACTOR_")).collect(Collectors.toSet());
	}

	private static FactorAuthorizationDecision missing(String authority) {
		return new FactorAuthorizationDecision(
				List.of(RequiredFactorError.createMissing(RequiredFactor.withAuthority(authority).build())));
	}
}

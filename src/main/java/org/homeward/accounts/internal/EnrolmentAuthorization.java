package org.homeward.accounts.internal;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;

/**
 * Who may enrol a second factor: a user signed in with their password who has none yet (enrolment at the first
 * sign-in), or one who has passed a second factor in this session. Never a user who has a factor and passed only
 * their password, or a stolen password would let its thief add their own passkey.
 */
final class EnrolmentAuthorization {

	private final SecondFactorStore secondFactors;

	EnrolmentAuthorization(SecondFactorStore secondFactors) {
		this.secondFactors = secondFactors;
	}

	AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object request) {
		Authentication current = authentication.get();
		if (current == null || !(current.getPrincipal() instanceof HomewardUser user)) {
			return new AuthorizationDecision(false);
		}
		if (SecondFactorAuthorization.hasSecondFactor(SecondFactorAuthorization.factorsOf(current), false)) {
			return new AuthorizationDecision(true);
		}
		var account = user.currentUser();
		return new AuthorizationDecision(SecondFactorAuthorization.factorsOf(current)
				.contains(org.springframework.security.core.authority.FactorGrantedAuthority.PASSWORD_AUTHORITY)
				&& !secondFactors.enrolment(account.id(), account.username()).any());
	}
}

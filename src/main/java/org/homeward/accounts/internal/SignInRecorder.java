package org.homeward.accounts.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.shared.web.PathOnlyRedirects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records sign-ins and failed attempts in the audit trail, and when each user last signed in; locks an account for a
 * while after too many wrong passwords in a row ({@code homeward.accounts.lockout.*}).
 */
@Component
class SignInRecorder extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserStore users;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final int lockAfter;
	private final Duration lockFor;
	private final SecondFactorPolicy policy;

	SignInRecorder(UserStore users, AuditTrail audit, TransactionTemplate transaction, SecondFactorPolicy policy,
			@Value("${homeward.accounts.lockout.attempts:5}") int lockAfter,
			@Value("${homeward.accounts.lockout.duration:15m}") Duration lockFor) {
		this.users = users;
		this.audit = audit;
		this.transaction = transaction;
		this.lockAfter = lockAfter;
		this.lockFor = lockFor;
		this.policy = policy;
		setDefaultTargetUrl("/");
		setRedirectStrategy(new PathOnlyRedirects());
	}

	/**
	 * After the password: the second factor next, for whoever must pass one (the page asked for stays saved, and opens
	 * after it).
	 */
	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof HomewardUser user) {
			transaction.executeWithoutResult(status -> {
				users.recordSignIn(user.currentUser().id());
				audit.record(user.currentUser().actor(), AuditAction.LOGIN, "USER", user.currentUser().id(), "password");
			});
			if (policy.required(user.currentUser().roles(), user.secondFactorEnrolled())
					&& !SecondFactorAuthorization.hasSecondFactor(SecondFactorAuthorization.factorsOf(authentication),
							false)) {
				getRedirectStrategy().sendRedirect(request, response, "/login/second-factor");
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Audits every failed sign-in, on a page or over the API. A wrong password also counts towards the lock; a sign-in
	 * refused because the account is locked or inactive does not, so a locked account is not locked for longer.
	 */
	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		String attempted = String.valueOf(failure.getAuthentication().getName());
		transaction.executeWithoutResult(status -> {
			audit.record(new Actor(attempted.length() > 100 ? attempted.substring(0, 100) : attempted, "", null),
					AuditAction.LOGIN_FAILED, "USER", null, failure.getException().getClass().getSimpleName());
			if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
				users.recordFailedSignIn(attempted, lockAfter, lockFor);
			}
		});
	}

	/** A successful sign-in, on a page or over the API, clears the failures before it (a write only if there were). */
	@EventListener
	void on(AuthenticationSuccessEvent success) {
		if (success.getAuthentication().getPrincipal() instanceof HomewardUser user && user.hadFailedSignIns()) {
			transaction.executeWithoutResult(status -> users.clearFailedSignIns(user.currentUser().id()));
		}
	}
}

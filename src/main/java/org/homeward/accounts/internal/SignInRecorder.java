package org.homeward.accounts.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.homeward.audit.Actor;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records sign-ins and failed attempts in the audit trail, and when each user last signed in. */
@Component
class SignInRecorder extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserStore users;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;

	SignInRecorder(UserStore users, AuditTrail audit, TransactionTemplate transaction) {
		this.users = users;
		this.audit = audit;
		this.transaction = transaction;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof HomewardUser user) {
			transaction.executeWithoutResult(status -> {
				users.recordSignIn(user.currentUser().id());
				audit.record(user.currentUser().actor(), AuditAction.LOGIN, "USER", user.currentUser().id(), null);
			});
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		String attempted = String.valueOf(failure.getAuthentication().getName());
		transaction.executeWithoutResult(status -> audit.record(
				new Actor(attempted.length() > 100 ? attempted.substring(0, 100) : attempted, "", null),
				AuditAction.LOGIN_FAILED, "USER", null, failure.getException().getClass().getSimpleName()));
	}
}

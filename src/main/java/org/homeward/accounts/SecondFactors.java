package org.homeward.accounts;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.homeward.accounts.internal.ApiTokenStore;
import org.homeward.accounts.internal.AuthenticatorCodes;
import org.homeward.accounts.internal.SecondFactorPolicy;
import org.homeward.accounts.internal.SecondFactorStore;
import org.homeward.accounts.internal.SecondFactorStore.Enrolment;
import org.homeward.accounts.internal.UserSessions;
import org.homeward.accounts.internal.UserStore;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's second factors: an authenticator app (one-time codes), passkeys (enrolled through Spring Security's
 * WebAuthn endpoints) and recovery codes; and the administrator's reset of them, which also revokes the user's API
 * tokens. Every enrolment, use, failure and
 * reset is audited.
 */
@Service
public class SecondFactors {

	static final String RECORD_TYPE = "SECOND_FACTOR";

	private final SecondFactorStore store;
	private final SecondFactorPolicy policy;
	private final AuthenticatorCodes codes;
	private final UserStore users;
	private final UserSessions sessions;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final ApiTokenStore tokens;

	SecondFactors(SecondFactorStore store, SecondFactorPolicy policy, AuthenticatorCodes codes, UserStore users,
			UserSessions sessions, AuditTrail audit, ApplicationEventPublisher events, ApiTokenStore tokens) {
		this.tokens = tokens;
		this.store = store;
		this.policy = policy;
		this.codes = codes;
		this.users = users;
		this.sessions = sessions;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Enrolment enrolment(CurrentUser user) {
		return store.enrolment(user.id(), user.username());
	}

	/** Whether this user must pass a second factor to sign in (always, once they enrolled one). */
	@Transactional(readOnly = true)
	public boolean required(CurrentUser user) {
		return policy.required(user.roles(), enrolment(user).any());
	}

	/**
	 * Saves the authenticator app whose secret the user scanned, once they typed a code it shows.
	 *
	 * @return the user's new recovery codes, if this is their first second factor; to be shown once
	 */
	@Transactional
	public List<String> enrolAuthenticatorApp(CurrentUser user, String secret, String code) {
		OptionalLong step = codes.matchingStep(secret, code);
		if (step.isEmpty()) {
			audit.record(user.actor(), AuditAction.LOGIN_FAILED, RECORD_TYPE, user.id(), "authenticator app enrolment");
			throw new Refused("twoFactor.code.wrong");
		}
		Enrolment before = store.enrolment(user.id(), user.username());
		store.saveAuthenticatorApp(user.id(), secret, step.getAsLong());
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, user.id(), "authenticator app");
		return before.recoveryCodesLeft() == 0 ? newRecoveryCodes(user) : List.of();
	}

	/** A passkey was registered: its first one gets the user recovery codes, shown once. */
	@Transactional
	public List<String> passkeyAdded(CurrentUser user) {
		Enrolment enrolment = store.enrolment(user.id(), user.username());
		if (enrolment.passkeys() == 0) {
			throw new Refused("twoFactor.passkey.none");
		}
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, user.id(), "passkey");
		return enrolment.recoveryCodesLeft() == 0 ? newRecoveryCodes(user) : List.of();
	}

	/** Replaces the user's recovery codes by ten new ones, shown once; only their hashes are kept. */
	@Transactional
	public List<String> newRecoveryCodes(CurrentUser user) {
		List<String> fresh = codes.recoveryCodes();
		store.replaceRecoveryCodes(user.id(), fresh);
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, user.id(), "recovery codes");
		return fresh;
	}

	/**
	 * Checks a one-time code at sign-in. A code is accepted once; a wrong one is audited and counts towards the
	 * account's lock, like a wrong password.
	 */
	@Transactional
	public boolean verifyCode(CurrentUser user, String code) {
		if (locked(user)) {
			record(user, false, "authenticator app, account locked");
			return false;
		}
		var app = store.authenticatorApp(user.id());
		OptionalLong step = app.isEmpty() ? OptionalLong.empty() : codes.matchingStep(app.get().secret(), code);
		boolean accepted = step.isPresent() && store.useStep(user.id(), step.getAsLong());
		record(user, accepted, "authenticator app");
		return accepted;
	}

	/** Uses up a recovery code at sign-in; a wrong or used one is audited and counts towards the lock. */
	@Transactional
	public boolean useRecoveryCode(CurrentUser user, String code) {
		if (locked(user)) {
			record(user, false, "recovery code, account locked");
			return false;
		}
		boolean accepted = code != null && code.length() <= 40 && store.useRecoveryCode(user.id(), code);
		record(user, accepted, "recovery code");
		return accepted;
	}

	/** Whether too many wrong passwords or codes in a row have locked the account for a while. */
	@Transactional(readOnly = true)
	public boolean locked(CurrentUser user) {
		return users.find(user.id()).map(UserAccount::locked).orElse(true);
	}

	/** A passkey proved the second factor (Spring Security's WebAuthn filter checked it). */
	@Transactional
	public void passkeyUsed(CurrentUser user) {
		record(user, true, "passkey");
	}

	private void record(CurrentUser user, boolean accepted, String factor) {
		if (accepted) {
			audit.record(user.actor(), AuditAction.LOGIN, RECORD_TYPE, user.id(), factor);
		}
		else {
			audit.record(user.actor(), AuditAction.LOGIN_FAILED, RECORD_TYPE, user.id(), factor);
			users.recordFailedSignIn(user.username());
		}
	}

	@Transactional
	public void removeAuthenticatorApp(CurrentUser user) {
		if (store.enrolment(user.id(), user.username()).passkeys() == 0 && policy.required(user.roles(), false)) {
			throw new Refused("twoFactor.lastFactor");
		}
		store.removeAuthenticatorApp(user.id());
		audit.record(user.actor(), AuditAction.DELETE, RECORD_TYPE, user.id(), "authenticator app");
	}

	/**
	 * The administrator removes every second factor of a user who lost them: the user's sessions end, they enrol
	 * again at their next sign-in, and they are told.
	 */
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@Transactional
	public void reset(UUID userId, CurrentUser administrator) {
		UserAccount account = users.find(userId).orElseThrow(() -> new RecordNotFound(Accounts.RECORD_TYPE));
		store.removeAll(userId, account.username());
		// tokens were made in sessions that passed the factors now lost: they stop too
		tokens.revokeAll(userId);
		audit.record(administrator.actor(), AuditAction.DELETE, RECORD_TYPE, userId,
				"all second factors reset, API tokens revoked");
		sessions.endAllOf(userId);
		events.publishEvent(new SecondFactorsReset(userId));
	}
}

package org.homeward.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.internal.ApiTokenStore;
import org.homeward.accounts.internal.UserStore;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, in place of passwords on the API, and calendar-feed addresses: each made by its owner on their
 * own page and shown once, kept only as a hash, scoped, expiring and revocable; every use is audited under the
 * owner's name.
 */
@Service
public class ApiTokens {

	static final String RECORD_TYPE = "API_TOKEN";
	/** Recognisable prefixes, so that a token pasted where it should not be is easy to find and revoke. */
	static final String API_PREFIX = "hwt_";
	static final String CALENDAR_PREFIX = "hwc_";

	private final ApiTokenStore tokens;
	private final UserStore users;
	private final AuditTrail audit;
	private final Clock clock;
	private final Duration longest;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenStore tokens, UserStore users, AuditTrail audit, Clock clock,
			@Value("${homeward.api.token-max-lifetime:P365D}") Duration longest) {
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.longest = longest;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> mine(CurrentUser user) {
		return tokens.ofUser(user.id());
	}

	/** Makes a token for the REST API, valid for {@code days} days (at most the configured lifetime). */
	@Transactional
	public ApiToken.Issued create(CurrentUser user, String name, ApiToken.Scope scope, int days) {
		if (days < 1 || Duration.ofDays(days).compareTo(longest) > 0) {
			throw new Refused("token.lifetime");
		}
		return issue(user, ApiToken.Kind.API, name, scope, Duration.ofDays(days), API_PREFIX);
	}

	/** Makes a new address for the user's calendar feed; the previous ones stay until revoked. */
	@Transactional
	public ApiToken.Issued createCalendarFeed(CurrentUser user, String name) {
		return issue(user, ApiToken.Kind.CALENDAR, name, ApiToken.Scope.READ_ONLY, longest, CALENDAR_PREFIX);
	}

	private ApiToken.Issued issue(CurrentUser user, ApiToken.Kind kind, String name, ApiToken.Scope scope,
			Duration lifetime, String prefix) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken made = tokens.insert(user.id(), kind, name.strip(), scope, token, clock.instant().plus(lifetime));
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, made.id(), kind + " " + scope);
		return new ApiToken.Issued(made, token);
	}

	@Transactional
	public void revoke(CurrentUser user, UUID id) {
		tokens.find(user.id(), id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		if (tokens.revoke(user.id(), id)) {
			audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "revoked");
		}
	}

	/**
	 * The user a request acts for, if its token is usable and of this kind; the use is audited under the user's name
	 * ({@code what} says what was asked, e.g. {@code GET /api/v1/cases}: never personal data, which is not in paths).
	 */
	@Transactional
	public Optional<TokenUse> authenticate(String token, ApiToken.Kind kind, String what) {
		String prefix = kind == ApiToken.Kind.API ? API_PREFIX : CALENDAR_PREFIX;
		if (token == null || !token.startsWith(prefix) || token.length() > 100) {
			return Optional.empty();
		}
		Optional<ApiTokenStore.Owned> found = tokens.byToken(token)
				.filter(owned -> owned.token().kind() == kind && owned.token().usable(clock.instant()));
		Optional<UserAccount> owner = found.flatMap(owned -> users.find(owned.userId())).filter(UserAccount::active);
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		ApiToken used = found.get().token();
		UserAccount account = owner.get();
		CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
				account.organizationId(), account.regionId(), account.sector());
		tokens.used(used.id());
		audit.record(user.actor(), AuditAction.LOGIN, RECORD_TYPE, used.id(), what);
		return Optional.of(new TokenUse(user, used.scope(), account.mustChangePassword()));
	}

	/** Who a token authenticated, with what scope. */
	public record TokenUse(CurrentUser user, ApiToken.Scope scope, boolean mustChangePassword) {
	}
}

package org.homeward.accounts.internal;

import java.time.Instant;
import java.util.Collection;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.CurrentUserHolder;
import org.homeward.accounts.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal Spring Security keeps in the session. */
public final class HomewardUser implements UserDetails, CredentialsContainer, CurrentUserHolder {

	/** Kept as it was before the lock fields, so that the sessions signed in before them stay readable. */
	private static final long serialVersionUID = 2221409521448363091L;

	private final CurrentUser user;
	private final boolean active;
	private final boolean mustChangePassword;
	/** Whether the user has a passkey or an authenticator app; absent from sessions made before, hence false there. */
	private final boolean secondFactorEnrolled;
	private String passwordHash;
	/** Until when sign-in is locked; checked at sign-in only, so not kept in the session. */
	private final transient Instant lockedUntil;
	/** Failed sign-ins in a row before this one; checked at sign-in only. */
	private final transient int failedSignIns;

	HomewardUser(CurrentUser user, String passwordHash, boolean active, boolean mustChangePassword,
			boolean secondFactorEnrolled) {
		this(user, passwordHash, active, mustChangePassword, secondFactorEnrolled, null, 0);
	}

	HomewardUser(CurrentUser user, String passwordHash, boolean active, boolean mustChangePassword,
			boolean secondFactorEnrolled, Instant lockedUntil, int failedSignIns) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.active = active;
		this.mustChangePassword = mustChangePassword;
		this.secondFactorEnrolled = secondFactorEnrolled;
		this.lockedUntil = lockedUntil;
		this.failedSignIns = failedSignIns;
	}

	public boolean secondFactorEnrolled() {
		return secondFactorEnrolled;
	}

	/** Whether the failures before this successful sign-in are still to be cleared. */
	boolean hadFailedSignIns() {
		return failedSignIns > 0;
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** The same principal after the user chose their own password. */
	HomewardUser withPasswordChanged() {
		return new HomewardUser(user, null, active, false, secondFactorEnrolled);
	}

	/** The same principal once the user enrolled a second factor. */
	HomewardUser withSecondFactorEnrolled() {
		return new HomewardUser(user, null, active, mustChangePassword, true);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	/** Locked for a while after too many failed sign-ins in a row; Spring Security checks it before the password. */
	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "HomewardUser[" + user.username() + "]";
	}

}

package org.homeward.accounts.internal;

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

	private final CurrentUser user;
	private final boolean active;
	private final boolean mustChangePassword;
	private String passwordHash;

	HomewardUser(CurrentUser user, String passwordHash, boolean active, boolean mustChangePassword) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.active = active;
		this.mustChangePassword = mustChangePassword;
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
		return new HomewardUser(user, null, active, false);
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

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "HomewardUser[" + user.username() + "]";
	}

}

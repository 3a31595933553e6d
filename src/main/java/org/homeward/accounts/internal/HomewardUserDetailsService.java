package org.homeward.accounts.internal;

import org.homeward.accounts.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class HomewardUserDetailsService implements UserDetailsService {

	private final UserStore users;

	HomewardUserDetailsService(UserStore users) {
		this.users = users;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var record = users.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		var account = record.account();
		var user = new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
				account.organizationId(), account.regionId(), account.sector());
		return new HomewardUser(user, record.passwordHash(), account.active(), account.mustChangePassword(),
				account.lockedUntil(), record.failedSignIns());
	}
}

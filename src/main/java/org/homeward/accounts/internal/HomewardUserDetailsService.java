package org.homeward.accounts.internal;

import org.homeward.accounts.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class HomewardUserDetailsService implements UserDetailsService {

	private final UserStore users;
	private final SecondFactorStore secondFactors;

	HomewardUserDetailsService(UserStore users, SecondFactorStore secondFactors) {
		this.users = users;
		this.secondFactors = secondFactors;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var record = users.forSignIn(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		var account = record.account();
		var user = new CurrentUser(account.id(), account.username(), account.displayName(), account.roles(),
				account.organizationId(), account.regionId(), account.sector());
		boolean enrolled = secondFactors.enrolment(account.id(), account.username()).any();
		return new HomewardUser(user, record.passwordHash(), account.active(), account.mustChangePassword(), enrolled,
				account.lockedUntil(), record.failedSignIns());
	}
}

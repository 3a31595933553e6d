package org.homeward.accounts.internal;

import java.util.UUID;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's open sessions, so that a change of their roles, password or status takes effect at once. */
@Component
public class UserSessions {

	private final UserStore users;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(UserStore users, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.users = users;
		this.sessions = sessions;
	}

	public void endAllOf(UUID userId) {
		users.find(userId).ifPresent(account -> sessions.findByPrincipalName(account.username())
				.keySet().forEach(sessions::deleteById));
	}
}

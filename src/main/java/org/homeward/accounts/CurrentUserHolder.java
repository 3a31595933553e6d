package org.homeward.accounts;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Something that knows the signed-in user: the principal Spring Security keeps for a session or a request. */
public interface CurrentUserHolder {

	CurrentUser currentUser();

	/** The user signed in for the current request, or none for an anonymous one. */
	static CurrentUser signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUserHolder holder
				? holder.currentUser() : null;
	}
}

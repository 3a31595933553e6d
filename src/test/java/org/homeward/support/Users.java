package org.homeward.support;

import java.util.regex.Pattern;

/** Demo users' ids, read from the administrator's user list as an administrator would find them. */
public final class Users {

	private Users() {
	}

	public static String idOf(int port, String username) {
		String html = Pages.signIn(port, Demo.ADMIN).get("/admin/users").html();
		var match = Pattern.compile("href=\"/admin/users/([0-9a-f-]{36})\">" + Pattern.quote(username) + "<")
				.matcher(html);
		if (!match.find()) {
			throw new IllegalStateException("no user " + username);
		}
		return match.group(1);
	}
}

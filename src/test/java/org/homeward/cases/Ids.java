package org.homeward.cases;

import org.homeward.support.Demo;
import org.homeward.support.Pages;

/** The id of a demo user, read from the administrator's user list as an administrator would find it. */
final class Ids {

	private Ids() {
	}

	static String of(int port, String username) {
		Pages admin = Pages.signIn(port, Demo.ADMIN);
		String html = admin.get("/admin/users").html();
		var match = java.util.regex.Pattern.compile("href=\"/admin/users/([0-9a-f-]{36})\">" + java.util.regex.Pattern.quote(username) + "<")
				.matcher(html);
		if (!match.find()) {
			throw new IllegalStateException("no user " + username);
		}
		return match.group(1);
	}
}

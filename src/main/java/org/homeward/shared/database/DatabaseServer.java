package org.homeward.shared.database;

/**
 * The PostgreSQL server Homeward talks to, with the two identities it uses: the owner, who runs migrations, and
 * the application role, which serves requests.
 */
public interface DatabaseServer extends AutoCloseable {

	Login owner();

	Login application();

	@Override
	void close();

	/** How to reach the server as one role. */
	record Login(String url, String user, String password) {
		@Override
		public String toString() {
			return "Login[" + url + " as " + user + "]";
		}
	}
}

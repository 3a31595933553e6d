package org.homeward.shared.database;

/** A server someone else runs: Homeward neither starts nor stops it. */
final class ExternalDatabaseServer implements DatabaseServer {

	private final Login application;
	private final Login owner;

	ExternalDatabaseServer(DatabaseSettings settings) {
		this.application = new Login(settings.url(), settings.user(), settings.password());
		boolean separateOwner = settings.ownerUser() != null && !settings.ownerUser().isBlank();
		this.owner = separateOwner ? new Login(settings.url(), settings.ownerUser(), settings.ownerPassword()) : application;
	}

	@Override
	public Login owner() {
		return owner;
	}

	@Override
	public Login application() {
		return application;
	}

	@Override
	public void close() {
		// not ours to stop
	}
}

package org.homeward.shared.encryption;

/**
 * A table with encrypted values, which re-encrypts rows sealed with a key other than the primary after a rotation.
 * Each module that encrypts implements it for its own tables; {@link Resealing} calls them all in the background.
 */
public interface Resealable {

	/** What is re-encrypted, for the log: a table and column, never a value. */
	String name();

	/**
	 * Re-encrypts up to {@code limit} rows (or values never encrypted) with the primary key, in the caller's
	 * transaction.
	 *
	 * @return how many rows it re-encrypted; fewer than {@code limit} when none is left
	 */
	int resealBatch(Encryption encryption, int limit);

	/** How many rows are not yet sealed with the primary key. */
	long remaining(Encryption encryption);
}

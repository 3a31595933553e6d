package org.homeward.accounts;

/**
 * Something that waits for the signed-in person, for their home page: how many of it, and where to go to do it.
 *
 * @param label the message key that names it ("waiting.closures")
 * @param count how many wait; zero says that nothing does
 * @param link where to act on them
 * @param regionId the region it is about, for a count by region; none otherwise
 */
public record Waiting(String label, long count, String link, java.util.UUID regionId) {

	public Waiting(String label, long count, String link) {
		this(label, count, link, null);
	}
}

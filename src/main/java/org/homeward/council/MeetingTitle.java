package org.homeward.council;

/** A meeting's title in the Council's languages, where a record names the meeting it belongs to. */
public record MeetingTitle(String title, String titleRu, String titleUz) implements Translated {

	@Override
	public String toString() {
		return title;
	}
}

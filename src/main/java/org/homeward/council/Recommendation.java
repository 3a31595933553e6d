package org.homeward.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A recommendation adopted at a meeting (or one of its agenda items), with its addressees.
 *
 * @param number its number among the meeting's recommendations, shown as "R1"
 * @param text the text of record, as adopted; {@code textRu} and {@code textUz} translate it where given
 * @param dueOn when the addressees are to have implemented it; none for no deadline
 * @param note what readers should know about it, e.g. that it is illustrative
 */
public record Recommendation(UUID id, int version, UUID meetingId, MeetingTitle meetingTitle,
		LocalDate meetingStartsOn, UUID agendaItemId, int number, String text, String textRu, String textUz,
		Theme theme, LocalDate dueOn, String note, Instant adoptedAt, String adoptedBy, List<Addressee> addressees) {

	public Recommendation {
		addressees = List.copyOf(addressees);
	}

	/** The text in the reader's language, the text of record where no translation was given. */
	public String text(Locale locale) {
		return Translated.in(locale, text, textRu, textUz);
	}

	public String code() {
		return "R" + number;
	}
}

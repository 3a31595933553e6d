package org.homeward.council.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.homeward.accounts.CurrentUser;
import org.homeward.council.Addressee;
import org.homeward.council.AgendaItem;
import org.homeward.council.Meeting;
import org.homeward.council.MeetingRecords;
import org.homeward.council.Meetings;
import org.homeward.council.MinutesRevision;
import org.homeward.council.OutcomeDocument;
import org.homeward.council.Recommendation;
import org.homeward.council.Recommendations;
import org.homeward.organizations.Country;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A meeting's minutes and its outcome document as PDF, in the reader's language, with the font embedded so that
 * Cyrillic and Uzbek Latin print as typed. Each export is recorded in the audit trail.
 */
@Component
class CouncilPdf {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Meetings meetings;
	private final MeetingRecords records;
	private final Recommendations recommendations;
	private final MessageSource messages;
	private final Dates dates;

	CouncilPdf(Meetings meetings, MeetingRecords records, Recommendations recommendations, MessageSource messages,
			Dates dates) {
		this.meetings = meetings;
		this.records = records;
		this.recommendations = recommendations;
		this.messages = messages;
		this.dates = dates;
	}

	/** Every agenda item in order with its current minutes. */
	byte[] minutes(UUID meetingId, CurrentUser user, Locale locale) {
		Meeting meeting = meetings.meeting(meetingId, user);
		List<AgendaItem> agenda = meetings.timetable(meetingId, user).items();
		Map<UUID, MinutesRevision> minutes = records.minutes(meetingId, user);
		records.exported(meetingId, MeetingRecords.Export.MINUTES, user);
		return write(user, locale, (document, fonts) -> {
			header(document, fonts, meeting, msg("council.minutes.title", locale), locale);
			for (AgendaItem item : agenda) {
				String time = item.startsAt() == null ? "" : TIME.format(item.startsAt())
						+ (item.endsAt() == null ? "" : "–" + TIME.format(item.endsAt())) + "  ";
				String heading = time + msg("council.agendaKind." + item.kind(), locale) + ": " + item.title(locale);
				document.add(new Paragraph(heading, fonts.heading()));
				MinutesRevision current = minutes.get(item.id());
				if (current == null) {
					document.add(new Paragraph(msg("council.minutes.none", locale), fonts.small()));
					continue;
				}
				for (String paragraph : current.text().split("\\R\\s*\\R")) {
					document.add(new Paragraph(paragraph.strip(), fonts.text()));
				}
				document.add(new Paragraph(msg("council.minutes.revisionBy", locale, current.revision(),
						current.writtenBy(), dates.dateTime(current.writtenAt())), fonts.small()));
			}
		});
	}

	/** The outcome document and the recommendations the meeting adopted. */
	byte[] outcome(UUID meetingId, CurrentUser user, Locale locale) {
		Meeting meeting = meetings.meeting(meetingId, user);
		OutcomeDocument outcome = records.outcome(meetingId, user)
				.orElseThrow(() -> new RecordNotFound("COUNCIL_OUTCOME"));
		List<Recommendation> adopted = recommendations.ofMeeting(meetingId, user);
		records.exported(meetingId, MeetingRecords.Export.OUTCOME, user);
		return write(user, locale, (document, fonts) -> {
			header(document, fonts, meeting, outcome.title(), locale);
			if (outcome.adoptedOn() != null) {
				document.add(new Paragraph(msg("council.outcome.adoptedOn", locale, dates.date(outcome.adoptedOn())),
						fonts.small()));
			}
			for (String paragraph : outcome.text().split("\\R\\s*\\R")) {
				document.add(new Paragraph(paragraph.strip(), fonts.text()));
			}
			if (!adopted.isEmpty()) {
				document.add(new Paragraph(msg("council.recommendations.adopted", locale), fonts.heading()));
				for (Recommendation r : adopted) {
					document.add(new Paragraph(r.code() + ". " + r.text(locale), fonts.text()));
					String to = r.addressees().stream().map(a -> addressee(a, locale)).collect(Collectors.joining(", "));
					String due = r.dueOn() == null ? "" : " · " + msg("council.recommendation.dueOn", locale) + " "
							+ dates.date(r.dueOn());
					document.add(new Paragraph(msg("council.theme." + r.theme(), locale) + " · "
							+ msg("council.recommendation.addressees", locale) + ": " + to + due, fonts.small()));
				}
			}
		});
	}

	private void header(Document document, Fonts fonts, Meeting meeting, String title, Locale locale) {
		document.add(new Paragraph(msg("council.pdf.council", locale), fonts.small()));
		document.add(new Paragraph(title, fonts.title()));
		document.add(new Paragraph(meeting.title(locale), fonts.heading()));
		String when = meeting.oneDay() ? dates.date(meeting.startsOn())
				: dates.date(meeting.startsOn()) + "–" + dates.date(meeting.endsOn());
		String where = java.util.stream.Stream.of(meeting.venue(), meeting.city()).filter(java.util.Objects::nonNull)
				.collect(Collectors.joining(", "));
		document.add(new Paragraph(where.isEmpty() ? when : when + ", " + where, fonts.text()));
		if (meeting.chair() != null) {
			document.add(new Paragraph(msg("council.meeting.chair", locale) + ": " + meeting.chair(), fonts.text()));
		}
	}

	private String addressee(Addressee a, Locale locale) {
		Country country = a.country();
		return country != null ? country.name(locale) : a.organization().fullName(locale);
	}

	/** The fonts of a document, all from the embedded font. */
	private record Fonts(Font title, Font heading, Font text, Font small) {
	}

	private interface Content {
		void write(Document document, Fonts fonts);
	}

	private byte[] write(CurrentUser user, Locale locale, Content content) {
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Fonts fonts = new Fonts(new Font(base, 16), new Font(base, 11, Font.BOLD), new Font(base, 10),
					new Font(base, 8));
			var out = new ByteArrayOutputStream();
			var document = new Document(PageSize.A4, 50, 50, 50, 50);
			PdfWriter.getInstance(document, out);
			document.open();
			content.write(document, fonts);
			document.add(new Paragraph(" ", fonts.small()));
			document.add(new Paragraph(msg("council.pdf.footer", locale, user.username(),
					dates.dateTime(java.time.Instant.now())), fonts.small()));
			document.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}

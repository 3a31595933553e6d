package org.homeward.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the secretariat asks of a meeting, its agenda, materials, minutes and outcome, validated at the boundary. */
public final class MeetingCommands {

	private MeetingCommands() {
	}

	/**
	 * A meeting as the secretariat schedules or edits it.
	 *
	 * @param title the title of record, in English or the language it was written in
	 * @param titleRu its Russian translation, shown on Russian pages; optional
	 * @param titleUz its Uzbek translation, shown on Uzbek pages; optional
	 */
	public record MeetingDetails(
			@NotBlank @Size(max = 300) String title,
			@Size(max = 300) String titleRu,
			@Size(max = 300) String titleUz,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@Size(max = 100) String city,
			@Size(max = 300) String venue,
			@Pattern(regexp = "([A-Z]{2})?") String hostCountry,
			@Size(max = 200) String chair,
			@NotNull MeetingStatus status,
			@Size(max = 60) String timeZone,
			@Size(max = 2000) String note) {
	}

	/** An edit of a meeting made on the version the secretariat saw. */
	public record EditMeeting(int version, @NotNull @Valid MeetingDetails meeting) {
	}

	/** A speaker row of an agenda item form; a row left empty is no speaker. */
	public record SpeakerDetails(
			@Size(max = 200) String name,
			@Size(max = 300) String title,
			@Size(max = 300) String titleRu,
			@Size(max = 300) String titleUz,
			UUID organizationId,
			@Pattern(regexp = "([A-Z]{2})?") String countryCode) {

		public boolean isEmpty() {
			return blank(name) && blank(title) && blank(titleRu) && blank(titleUz) && organizationId == null
					&& blank(countryCode);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}
	}

	/**
	 * An agenda item. Items of the same day and slot run in parallel, which only breakout sessions may do.
	 *
	 * @param day the meeting's first day when left out
	 */
	public record AgendaItemDetails(
			@NotNull AgendaKind kind,
			@NotBlank @Size(max = 300) String title,
			@Size(max = 300) String titleRu,
			@Size(max = 300) String titleUz,
			@Size(max = 4000) String description,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@Min(1) @Max(99) int slot,
			@DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
			@DateTimeFormat(pattern = "HH:mm") LocalTime endsAt,
			@Size(max = 100) String room,
			@Size(max = 200) String moderator,
			UUID workingGroupId,
			@Size(max = 20) List<@Valid SpeakerDetails> speakers) {

		public AgendaItemDetails {
			speakers = speakers == null ? List.of()
					: speakers.stream().filter(s -> s != null && !s.isEmpty()).toList();
		}
	}

	public record EditAgendaItem(int version, @NotNull @Valid AgendaItemDetails item) {
	}

	/** Gives an organisation a role in a meeting, or changes it. */
	public record AssignRole(@NotNull UUID organizationId, @NotNull MeetingRole role) {
	}

	/** A material given as a link; a file is uploaded with the same fields. */
	public record AddMaterial(
			@NotBlank @Size(max = 300) String title,
			@NotNull Visibility visibility,
			UUID agendaItemId,
			@Size(max = 1000) @Pattern(regexp = "(https?://\\S+)?", message = "{council.link.pattern}") String link) {
	}

	/**
	 * A new text of an item's minutes, written on the revision the secretary saw; a newer revision saved meanwhile
	 * makes it stale.
	 */
	public record RecordMinutes(@Min(0) int baseRevision, @NotBlank @Size(max = 20000) String text) {
	}

	public record RecordOutcome(
			int version,
			@NotBlank @Size(max = 300) String title,
			@NotBlank @Size(max = 50000) String text,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn) {
	}
}

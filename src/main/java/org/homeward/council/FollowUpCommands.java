package org.homeward.council;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Recommendations, their status and progress reports, and the follow-up list, validated at the boundary. */
public final class FollowUpCommands {

	private FollowUpCommands() {
	}

	/**
	 * A recommendation the meeting adopted, addressed to states, organisations or both (at least one addressee).
	 */
	public record AdoptRecommendation(
			@NotNull UUID meetingId,
			UUID agendaItemId,
			@NotBlank @Size(max = 4000) String text,
			@Size(max = 4000) String textRu,
			@Size(max = 4000) String textUz,
			@NotNull Theme theme,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@Size(max = 20) Set<@Pattern(regexp = "[A-Z]{2}") String> countryCodes,
			@Size(max = 50) Set<UUID> organizationIds,
			@Size(max = 1000) String note) {

		public AdoptRecommendation {
			countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
			organizationIds = organizationIds == null ? Set.of() : Set.copyOf(organizationIds);
		}
	}

	public record EditRecommendation(
			int version,
			@NotBlank @Size(max = 4000) String text,
			@Size(max = 4000) String textRu,
			@Size(max = 4000) String textUz,
			@NotNull Theme theme,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@Size(max = 1000) String note) {
	}

	/** The secretariat sets an addressee's status directly, saying why. */
	public record ChangeStatus(int version, @NotNull ImplementationStatus status,
			@NotBlank @Size(max = 1000) String note) {
	}

	/** A member of the addressee reports progress, with evidence and the status it proposes. */
	public record ReportProgress(
			@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
			@NotBlank @Size(max = 8000) String text,
			@Size(max = 2000) String evidence,
			@NotNull ImplementationStatus proposedStatus) {
	}

	/** The secretariat accepts a report (its proposed status becomes the addressee's) or returns it. */
	public record ReviewReport(@NotNull Boolean accept, @Size(max = 1000) String note) {
	}

	/** Puts the open recommendations of earlier meetings on this meeting's agenda under the given title. */
	public record GenerateFollowUp(@NotBlank @Size(max = 300) String title, @Size(max = 300) String titleRu,
			@Size(max = 300) String titleUz) {
	}
}

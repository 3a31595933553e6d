package org.homeward.council;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Submitting, editing, reviewing and publishing good practices, validated at the boundary. */
public final class PracticeCommands {

	private PracticeCommands() {
	}

	/** A practice as its author writes it; {@code countryCode} none for a regional practice. */
	public record PracticeDetails(
			@NotBlank @Size(max = 300) String title,
			@Pattern(regexp = "([A-Z]{2})?") String countryCode,
			@NotNull Theme theme,
			@NotNull Approach approach,
			@NotNull PracticeStage stage,
			@NotBlank @Size(max = 8000) String description,
			@Size(max = 8000) String results,
			@Size(max = 8000) String lessons) {
	}

	public record EditPractice(int version, @NotNull @Valid PracticeDetails practice) {
	}

	/** The secretariat moves a practice on (draft to reviewed, reviewed to published) or back to draft. */
	public record ReviewPractice(int version, @NotNull PracticeStatus to, @Size(max = 1000) String note) {
	}
}

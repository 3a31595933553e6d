package org.homeward.council;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Invitations, answers, registrations and attendance, validated at the boundary. */
public final class ParticipationCommands {

	private ParticipationCommands() {
	}

	public record Invite(@NotNull UUID organizationId) {
	}

	/** An invited organisation's answer, accepted or declined, on the version its member saw. */
	public record Respond(int version, @NotNull Rsvp rsvp, @Size(max = 500) String note) {
	}

	/**
	 * A person in a delegation.
	 *
	 * @param name may be left out by the secretariat for a person not named (never in a registration)
	 * @param consentToPublish whether the person agrees to appear in the participant list others see
	 */
	public record ParticipantDetails(
			@Size(max = 200) String name,
			@Size(max = 300) String position,
			@NotNull ParticipantFunction function,
			@Email @Size(max = 200) String email,
			@Size(max = 40) @Pattern(regexp = "[+0-9 ()./-]*", message = "{council.phone.pattern}") String phone,
			boolean consentToPublish) {
	}

	/**
	 * An invited expert registers someone of their own organisation for a meeting it takes part in.
	 *
	 * @param self the expert registers themselves, linked to their account
	 */
	public record Register(@NotNull @Valid ParticipantDetails participant, boolean self) {
	}

	/** The secretariat adds a person to a state's or an organisation's delegation (exactly one of the two). */
	public record AddParticipant(
			@Pattern(regexp = "([A-Z]{2})?") String countryCode,
			UUID organizationId,
			@NotNull @Valid ParticipantDetails participant) {
	}

	public record EditParticipant(int version, @NotNull @Valid ParticipantDetails participant) {
	}

	/** Attendance on the day; none clears it. */
	public record RecordAttendance(int version, Attendance attendance) {
	}
}

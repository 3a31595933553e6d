package org.homeward.cases;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What users ask of a case, as records validated at the boundary. */
public final class Commands {

	private Commands() {
	}

	/** Opens the case of a registered person; a child's case may name the mother's case. */
	public record OpenCase(@NotNull UUID personId, UUID motherCaseId, UUID owningOrganizationId,
			Set<VulnerabilityFlag> flags) {
		public OpenCase {
			flags = flags == null ? Set.of() : Set.copyOf(flags);
		}
	}

	/** Changes the core facts of a case: the vulnerability flags, the mother's case, the owning organisation. */
	public record EditCase(int version, UUID motherCaseId, UUID owningOrganizationId, Set<VulnerabilityFlag> flags) {
		public EditCase {
			flags = flags == null ? Set.of() : Set.copyOf(flags);
		}
	}

	/** A move to another stage, with the reason recorded in the history. */
	public record ChangeStage(int version, @NotNull CaseStage target, @NotBlank @Size(max = 1000) String reason) {
	}

	/** The case manager asks the coordinator to close the case. */
	public record RequestClosure(int version, @NotBlank @Size(max = 1000) String reason) {
	}

	/** The coordinator approves or rejects a requested closure. */
	public record DecideClosure(int version, @NotNull Boolean approve, @NotBlank @Size(max = 1000) String reason) {
	}

	/** The coordinator transfers the case out of the programme's hands here. */
	public record Transfer(int version, @NotBlank @Size(max = 1000) String reason) {
	}

	public record AssignCaseManager(int version, @NotNull UUID caseManagerId) {
	}

	/** The case manager assigns a section to a specialist of its sector; none to withdraw the assignment. */
	public record AssignSpecialist(int version, UUID specialistId) {
	}

	/**
	 * An edit of a section's fields (and its status field, where it has one), made on the version the user saw.
	 * Values are checked against the section's form.
	 */
	public record EditSection(int version, @Size(max = 30) Map<@Size(max = 60) String, @Size(max = 4000) String> fields,
			@Size(max = 60) String status) {
		public EditSection {
			fields = fields == null ? Map.of() : Map.copyOf(fields);
		}
	}

	public record AddNote(@NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notedOn,
			@NotBlank @Size(max = 4000) String text) {
	}

	public record AddGoal(@NotNull Section domain, @NotBlank @Size(max = 500) String description) {
	}

	public record AddAction(@NotNull UUID goalId, @NotBlank @Size(max = 500) String description,
			UUID responsibleOrganizationId,
			@NotNull @FutureOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {
	}

	public record ChangeActionStatus(int version, @NotNull ActionStatus status) {
	}
}

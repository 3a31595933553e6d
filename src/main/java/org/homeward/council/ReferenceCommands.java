package org.homeward.council;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretariat's work on the Council's reference data: working groups. */
public final class ReferenceCommands {

	private ReferenceCommands() {
	}

	public record WorkingGroupDetails(
			@NotBlank @Size(max = 200) String nameEn,
			@NotBlank @Size(max = 200) String nameRu,
			@NotBlank @Size(max = 200) String nameUz,
			@Size(max = 2000) String description,
			@Size(max = 100) Set<UUID> memberIds) {

		public WorkingGroupDetails {
			memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
		}
	}

	public record EditWorkingGroup(int version, @NotNull @Valid WorkingGroupDetails group) {
	}
}

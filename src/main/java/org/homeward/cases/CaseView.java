package org.homeward.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case as one reader may see it: only the sections, fields, notes and attachments their role allows, so that
 * what is not shown is not even sent.
 *
 * @param person the core profile, or only its minimal part for a reader with {@link Access#MINIMAL}
 * @param sections the sections the reader may see at all, in order
 * @param history the stage history, for readers of the core profile
 */
public record CaseView(UUID id, int version, Profile person, CaseStage stage, CaseStage resumeStage,
		Set<VulnerabilityFlag> flags, UUID regionId, UUID owningOrganizationId, Staff caseManager,
		UUID motherCaseId, ClosureRequest closureRequest, List<StageChange> history, List<SectionView> sections,
		CaseGrant grant, Instant openedAt, String openedBy, Instant updatedAt, String updatedBy) {

	/** Who a person is; the minimal profile leaves everything but name, age and locality empty. */
	public record Profile(UUID personId, String name, String nameCyrillic, Integer age, String locality,
			String sex, LocalDate birthDate, String citizenshipStatus, LocalDate arrivalDate, String operationName) {
	}

	/** A member of staff as cases show them. */
	public record Staff(UUID id, String displayName) {
	}

	public record ClosureRequest(Instant requestedAt, String requestedBy, String reason) {
	}

	public record StageChange(CaseStage from, CaseStage to, String kind, String reason, String changedBy,
			Instant changedAt) {
	}

	/**
	 * A section as the reader may see it: with {@link Access#STATUS} only its status, otherwise its fields, notes
	 * and attachments.
	 */
	public record SectionView(Section section, Access access, int version, Map<String, String> fields, String status,
			Staff assignedSpecialist, List<Note> notes, List<Attachment> attachments, Instant updatedAt,
			String updatedBy) {
	}

	public record Note(UUID id, LocalDate notedOn, String text, String writtenBy, Instant writtenAt) {
	}

	public record Attachment(UUID id, String fileName, String contentType, int sizeBytes, String uploadedBy,
			Instant uploadedAt) {
	}

	public boolean child() {
		return person.age() != null && person.age() < 18;
	}

	public SectionView section(Section section) {
		return sections.stream().filter(s -> s.section() == section).findFirst().orElse(null);
	}
}

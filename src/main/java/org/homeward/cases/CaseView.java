package org.homeward.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A case as one reader may see it, built by {@link CaseProjection}: only the facts their audience sees and the
 * sections, fields, notes and attachments their role allows, so that what is not shown is not even sent. A fact the
 * reader may not see is null (and left out of JSON).
 *
 * @param number the case number people say on the phone, "UZ-TAS-2026-000123"
 * @param person the profile, as far as the reader's audience sees it
 * @param sections the sections the reader may see at all, in order
 * @param history the stage history, for those who see the stage; its reasons only for those who see reasons
 * @param grant what the reader may do here; decides the page's forms, never sent over the API
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseView(UUID id, int version, String number, Profile person, CaseStage stage, CaseStage resumeStage,
		Set<VulnerabilityFlag> flags, UUID regionId, UUID owningOrganizationId, Staff caseManager,
		UUID motherCaseId, ClosureRequest closureRequest, List<StageChange> history, List<SectionView> sections,
		@JsonIgnore CaseGrant grant, Instant openedAt, String openedBy, Instant updatedAt, String updatedBy) {

	/** Who a person is, as far as the reader's audience sees it; the minimal profile is name, age and locality. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Profile(UUID personId, String name, String nameCyrillic, Integer age, String locality,
			String sex, LocalDate birthDate, String citizenshipStatus, LocalDate arrivalDate, String operationName) {
	}

	/** A member of staff as cases show them. */
	public record Staff(UUID id, String displayName) {
	}

	public record ClosureRequest(Instant requestedAt, String requestedBy, String reason) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record StageChange(CaseStage from, CaseStage to, String kind, String reason, String changedBy,
			Instant changedAt) {
	}

	/**
	 * A section as the reader may see it: with {@link Access#STATUS} only its status, otherwise its fields, notes
	 * and attachments.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SectionView(Section section, Access access, int version, Map<String, String> fields, String status,
			Staff assignedSpecialist, List<Note> notes, List<Attachment> attachments, Instant updatedAt,
			String updatedBy) {
	}

	/** A dated note, with the organisation of its writer. */
	public record Note(UUID id, LocalDate notedOn, String text, String writtenBy, Instant writtenAt,
			@JsonIgnore UUID organizationId) {
	}

	/** A file attached to a section, with the organisation of whoever uploaded it. */
	public record Attachment(UUID id, String fileName, String contentType, int sizeBytes, String uploadedBy,
			Instant uploadedAt, @JsonIgnore UUID organizationId) {
	}

	public boolean child() {
		return person.age() != null && person.age() < 18;
	}

	/** Whether the reader reads the core profile, not only the minimal one: the page shows them the whole case. */
	@JsonIgnore
	public boolean full() {
		return grant.may(Section.CORE, Access.READ);
	}

	/**
	 * Whether the reader's audience sees a fact around the sections ({@link HeaderField} by name), for a page to
	 * tell a fact it may not show from one that is not recorded; the answer is the grant's, never the page's.
	 */
	@JsonIgnore
	public boolean shows(String field) {
		return grant.shows(HeaderField.valueOf(field));
	}

	public SectionView section(Section section) {
		return sections.stream().filter(s -> s.section() == section).findFirst().orElse(null);
	}
}

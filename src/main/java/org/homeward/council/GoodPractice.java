package org.homeward.council;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A practice in the library.
 *
 * @param countryCode the state whose practice it is; none for a regional practice
 * @param editable whether the reader may change it: the secretariat always, its author while it is a draft
 */
public record GoodPractice(UUID id, int version, String title, String countryCode, Theme theme, Approach approach,
		PracticeStage stage, String description, String results, String lessons, PracticeStatus status,
		Instant submittedAt, String submittedBy, UUID organizationId, String reviewNote, Instant reviewedAt,
		String reviewedBy, Instant publishedAt, Instant updatedAt, String updatedBy, List<CouncilFile> attachments,
		boolean editable) {

	public GoodPractice {
		attachments = List.copyOf(attachments);
	}
}

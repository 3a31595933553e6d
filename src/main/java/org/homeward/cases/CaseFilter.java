package org.homeward.cases;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The caseload filters; each optional.
 *
 * @param number a case number, or its beginning ("UZ-TAS-2026")
 * @param specialistId the cases whose sections are assigned to this specialist
 * @param ended false to leave closed and transferred cases out (as *My work* does unless asked); none or true lists
 * them. Not a filter on the stage as a label: a closed case is work that ended, which everyone who worked on it knows.
 */
public record CaseFilter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue, Boolean mine,
		String number, UUID specialistId, Boolean ended) {

	public CaseFilter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue, Boolean mine) {
		this(stage, regionId, flag, overdue, mine, null, null, null);
	}

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null);
	}

	/** Whether the list leaves out closed and transferred cases. */
	public boolean activeOnly() {
		return stage == null && Boolean.FALSE.equals(ended);
	}

	/** The facts of a case this filter looks at: only a reader who sees them may filter by them. */
	public Set<HeaderField> needs() {
		Set<HeaderField> needs = EnumSet.noneOf(HeaderField.class);
		if (stage != null) {
			needs.add(HeaderField.STAGE);
		}
		if (regionId != null) {
			needs.add(HeaderField.REGION);
		}
		if (flag != null) {
			needs.add(HeaderField.VULNERABILITY_FLAGS);
		}
		if (Boolean.TRUE.equals(overdue)) {
			needs.add(HeaderField.CASELOAD_FIGURES);
		}
		if (number != null && !number.isBlank()) {
			needs.add(HeaderField.CASE_NUMBER);
		}
		if (specialistId != null) {
			needs.add(HeaderField.CASE_MANAGER);
		}

		return needs;
	}
}

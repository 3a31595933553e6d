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
 * @param closurePending only the cases whose closure waits for the coordinator's decision
 * @param unassigned only the open cases that wait for a case manager
 * @param name the cases of people so named, in any script (every word must match)
 */
public record CaseFilter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue, Boolean mine,
		String number, UUID specialistId, Boolean ended, Boolean closurePending, Boolean unassigned, String name) {

	public CaseFilter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue, Boolean mine) {
		this(stage, regionId, flag, overdue, mine, null, null, null);
	}

	public CaseFilter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue, Boolean mine,
			String number, UUID specialistId, Boolean ended) {
		this(stage, regionId, flag, overdue, mine, number, specialistId, ended, null, null, null);
	}

	/** What one search box holds: a case number (its beginning, "UZ-TAS-2026") or else a name. */
	public static boolean looksLikeCaseNumber(String typed) {
		return typed != null && typed.strip().matches("(?i)[a-z]{2}-[a-z0-9-]*");
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
		if (specialistId != null || Boolean.TRUE.equals(unassigned)) {
			needs.add(HeaderField.CASE_MANAGER);
		}
		if (name != null && !name.isBlank()) {
			needs.add(HeaderField.NAMES);
		}
		if (Boolean.TRUE.equals(closurePending)) {
			needs.add(HeaderField.CASELOAD_FIGURES);
		}

		return needs;
	}
}

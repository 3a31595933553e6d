package org.homeward.cases;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** The caseload filters; each optional. */
public record CaseFilter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue, Boolean mine) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null);
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
		return needs;
	}
}

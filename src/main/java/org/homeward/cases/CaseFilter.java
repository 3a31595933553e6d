package org.homeward.cases;

import java.util.UUID;

/** The coordinator's caseload filters; each optional. */
public record CaseFilter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue, Boolean mine) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null);
	}
}

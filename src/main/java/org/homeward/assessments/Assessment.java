package org.homeward.assessments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded assessment with its result, as scored when it was recorded.
 *
 * @param answers {item code: option code} of the answered items
 * @param dimensionScores {dimension code: score}, rounded to 4 decimals; a dimension without answers is absent
 * @param composite the weighted mean of the dimension scores, for an index; none otherwise
 * @param priorities {dimension code: priority}, for a needs or best-interests assessment; empty otherwise
 */
public record Assessment(UUID id, UUID caseId, String instrumentCode, LocalDate assessedOn, String assessedBy,
		Map<String, String> answers, Map<String, BigDecimal> dimensionScores, BigDecimal composite,
		Map<String, Priority> priorities, Instant recordedAt) {
}

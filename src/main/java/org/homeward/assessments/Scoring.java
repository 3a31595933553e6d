package org.homeward.assessments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.assessments.Instrument.AnswerOption;
import org.homeward.assessments.Instrument.Dimension;
import org.homeward.assessments.Instrument.Item;
import org.homeward.assessments.Instrument.PriorityBand;

/**
 * The scoring rules of every instrument, as plain arithmetic that anyone can redo by hand:
 * <ul>
 * <li>A dimension's score is the weighted mean of the scores of its <em>answered</em> items,
 * {@code Σ(item weight × option score) / Σ(item weight)}. An unanswered item ("does not apply", "not asked") counts
 * in neither sum, so it neither lowers nor raises the score. A dimension without any answer has no score.</li>
 * <li>The composite of an {@link ScoringKind#INDEX} is the weighted mean of the dimension scores, with the dimensions'
 * weights, over the dimensions that have a score: a dimension left out entirely is left out of the composite rather
 * than counted as zero. (The page says how many items were answered, so a partial assessment is visible as such.)</li>
 * <li>Every quotient is rounded half-up to {@value #SCALE} decimals, and the composite is computed from the rounded
 * dimension scores, so that it can be recomputed from the figures a page shows.</li>
 * <li>For a {@link ScoringKind#PRIORITY} instrument, a dimension's priority is that of the first band whose
 * (exclusive) upper bound its score is below, the last band having none: with bands below 0.5 and below 1.25, a
 * score of exactly 0.5 is MEDIUM and exactly 1.25 is HIGH. A {@linkplain Item#critical() critical} item answered with
 * its highest-scored option (urgent need, serious concern) puts its dimension in the last band whatever the mean.</li>
 * </ul>
 */
public final class Scoring {

	public static final int SCALE = 4;

	private Scoring() {
	}

	/**
	 * The result of one assessment: each dimension's score, the composite (for an index), and each dimension's
	 * priority (for a priority instrument), in the instrument's order.
	 */
	public record Scores(Map<String, BigDecimal> dimensions, BigDecimal composite, Map<String, Priority> priorities) {
		public Scores {
			dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
			priorities = Collections.unmodifiableMap(new LinkedHashMap<>(priorities));
		}
	}

	/**
	 * Scores answers given as {item code: option code}; answers to items the instrument does not have are ignored.
	 *
	 * @throws IllegalArgumentException if an answer is not one of its item's options (callers check answers first)
	 */
	public static Scores score(Instrument instrument, Map<String, String> answers) {
		Map<String, BigDecimal> dimensions = new LinkedHashMap<>();
		Map<String, Priority> priorities = new LinkedHashMap<>();
		for (Dimension dimension : instrument.dimensions()) {
			BigDecimal weighted = BigDecimal.ZERO;
			BigDecimal weights = BigDecimal.ZERO;
			boolean criticalAtWorst = false;
			for (Item item : dimension.items()) {
				String answer = answers.get(item.code());
				if (answer == null) {
					continue;
				}
				AnswerOption option = item.option(answer).orElseThrow(
						() -> new IllegalArgumentException("no option " + answer + " in item " + item.code()));
				weighted = weighted.add(item.weight().multiply(option.score()));
				weights = weights.add(item.weight());
				criticalAtWorst |= item.critical() && option.score().compareTo(item.highestScore()) == 0;
			}
			if (weights.signum() == 0) {
				continue;
			}
			BigDecimal score = weighted.divide(weights, SCALE, RoundingMode.HALF_UP);
			dimensions.put(dimension.code(), score);
			if (instrument.scoring() == ScoringKind.PRIORITY) {
				priorities.put(dimension.code(), criticalAtWorst ? highest(instrument.bands())
						: priorityOf(score, instrument.bands()));
			}
		}
		BigDecimal composite = instrument.scoring() == ScoringKind.INDEX ? composite(instrument, dimensions) : null;
		return new Scores(dimensions, composite, priorities);
	}

	/** The band a score falls in: the first whose upper bound it is below, else the last. */
	public static Priority priorityOf(BigDecimal score, List<PriorityBand> bands) {
		for (PriorityBand band : bands) {
			if (band.below() == null || score.compareTo(band.below()) < 0) {
				return band.priority();
			}
		}
		return highest(bands);
	}

	private static Priority highest(List<PriorityBand> bands) {
		if (bands.isEmpty()) {
			throw new IllegalStateException("a priority instrument needs priority bands");
		}
		return bands.get(bands.size() - 1).priority();
	}

	private static BigDecimal composite(Instrument instrument, Map<String, BigDecimal> dimensionScores) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Dimension dimension : instrument.dimensions()) {
			BigDecimal score = dimensionScores.get(dimension.code());
			if (score != null) {
				weighted = weighted.add(dimension.weight().multiply(score));
				weights = weights.add(dimension.weight());
			}
		}
		return weights.signum() == 0 ? null : weighted.divide(weights, SCALE, RoundingMode.HALF_UP);
	}
}

package org.homeward.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.homeward.assessments.Instrument.AnswerOption;
import org.homeward.assessments.Instrument.Dimension;
import org.homeward.assessments.Instrument.Item;
import org.homeward.assessments.Instrument.PriorityBand;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of {@link Scoring}, computed by hand in the comments. Every option here is named by its score, so
 * that an answer {@code "0.75"} scores 0.75.
 */
class ScoringTest {

	/** An index like the RPI, with unequal item and dimension weights so that a plain mean would give other figures. */
	static final Instrument INDEX = new Instrument("TEST_INDEX", words("index"), words(""), false, ScoringKind.INDEX,
			List.of(
					dimension("ECONOMIC", "1",
							item("E1", "1", false, "0", "0.25", "0.5", "0.75", "1"),
							item("E2", "2", false, "0", "0.25", "0.5", "0.75", "1")),
					dimension("SOCIAL", "1",
							item("S1", "1", false, "0", "0.5", "1"),
							item("S2", "1", false, "0", "0.5", "1"),
							item("S3", "1", false, "0", "0.5", "1")),
					dimension("PSYCHOSOCIAL", "2",
							item("P1", "1", false, "0", "0.0001", "0.25", "1"),
							item("P2", "1", false, "0", "0.25", "1"))),
			List.of());

	/** Bands as the needs assessment has them: LOW below 0.5, MEDIUM below 1.25, HIGH from 1.25. */
	static final List<PriorityBand> NEEDS_BANDS = List.of(new PriorityBand(Priority.LOW, new BigDecimal("0.5")),
			new PriorityBand(Priority.MEDIUM, new BigDecimal("1.25")), new PriorityBand(Priority.HIGH, null));

	static final Instrument NEEDS = new Instrument("TEST_NEEDS", words("needs"), words(""), false,
			ScoringKind.PRIORITY,
			List.of(
					dimension("HEALTH", "1",
							item("H1", "1", false, "0", "1", "2"),
							item("H2", "1", false, "0", "1", "2"),
							item("H3", "2", false, "0", "1", "2")),
					dimension("LEGAL", "1",
							item("L1", "1", false, "0", "1", "2"),
							item("L2", "1", false, "0", "1", "2"),
							item("L3", "1", false, "0", "1", "2"),
							item("L4", "1", false, "0", "1", "2")),
					dimension("SAFETY", "1",
							item("C1", "1", true, "0", "1", "2"),
							item("C2", "1", false, "0", "1", "2"),
							item("C3", "1", false, "0", "1", "2"))),
			NEEDS_BANDS);

	@Nested
	class ProgressIndex {

		@Test
		void aDimensionIsTheWeightedMeanOfItsItems() {
			// economic = (1×0.75 + 2×0.5) / (1 + 2) = 1.75 / 3 = 0.58333… → 0.5833
			var scores = Scoring.score(INDEX, Map.of("E1", "0.75", "E2", "0.5"));

			assertThat(scores.dimensions().get("ECONOMIC")).isEqualByComparingTo("0.5833");
		}

		@Test
		void theCompositeIsTheWeightedMeanOfTheRoundedDimensions() {
			// economic     = (1×0.75 + 2×0.5) / 3       = 0.5833 (as above)
			// social       = (1×1 + 1×1 + 1×1) / 3      = 1.0000
			// psychosocial = (1×0.25 + 1×0.25) / 2      = 0.2500
			// composite    = (1×0.5833 + 1×1.0000 + 2×0.2500) / (1 + 1 + 2) = 2.0833 / 4 = 0.520825 → 0.5208
			var scores = Scoring.score(INDEX, Map.of("E1", "0.75", "E2", "0.5", "S1", "1", "S2", "1", "S3", "1",
					"P1", "0.25", "P2", "0.25"));

			assertThat(scores.dimensions()).containsOnlyKeys("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL");
			assertThat(scores.dimensions().get("SOCIAL")).isEqualByComparingTo("1");
			assertThat(scores.dimensions().get("PSYCHOSOCIAL")).isEqualByComparingTo("0.25");
			assertThat(scores.composite()).isEqualByComparingTo("0.5208");
			assertThat(scores.priorities()).as("an index has no priorities").isEmpty();
		}

		@Test
		void theCompositeIsComputedFromTheDimensionScoresAsShown() {
			// economic     = (1×0 + 2×0) / 3                = 0
			// social       = (1×0 + 1×0 + 1×0) / 3          = 0
			// psychosocial = (1×0.0001 + 1×0.25) / 2 = 0.12505 → 0.1251
			// composite    = (1×0 + 1×0 + 2×0.1251) / 4 = 0.2502 / 4 = 0.06255 → 0.0626
			// (from the unrounded 0.12505 it would be 0.062525 → 0.0625, which no reader could recompute)
			var scores = Scoring.score(INDEX, Map.of("E1", "0", "E2", "0", "S1", "0", "S2", "0", "S3", "0",
					"P1", "0.0001", "P2", "0.25"));

			assertThat(scores.dimensions().get("PSYCHOSOCIAL")).isEqualByComparingTo("0.1251");
			assertThat(scores.composite()).isEqualByComparingTo("0.0626");
		}

		@Test
		void anUnansweredItemCountsInNeitherSum() {
			// E2 unanswered: economic = (1×0.75) / 1 = 0.75, not (1×0.75 + 2×0) / 3 = 0.25
			var scores = Scoring.score(INDEX, Map.of("E1", "0.75"));

			assertThat(scores.dimensions().get("ECONOMIC")).isEqualByComparingTo("0.75");
		}

		@Test
		void aDimensionWithoutAnswersHasNoScoreAndIsLeftOutOfTheComposite() {
			// economic = (1×0.75 + 2×1) / 3 = 2.75 / 3 = 0.91666… → 0.9167
			// social   = (1×0.5) / 1 = 0.5
			// psychosocial: no answer, no score
			// composite = (1×0.9167 + 1×0.5) / (1 + 1) = 1.4167 / 2 = 0.70835 → 0.7084 (half-up)
			var scores = Scoring.score(INDEX, Map.of("E1", "0.75", "E2", "1", "S2", "0.5"));

			assertThat(scores.dimensions()).containsOnlyKeys("ECONOMIC", "SOCIAL");
			assertThat(scores.dimensions().get("ECONOMIC")).isEqualByComparingTo("0.9167");
			assertThat(scores.composite()).isEqualByComparingTo("0.7084");
		}

		@Test
		void quotientsAreRoundedHalfUpToFourDecimals() {
			// psychosocial = (1×0.0001 + 1×0) / 2 = 0.00005 → 0.0001 half-up (half-even would give 0.0000)
			// composite = 2×0.0001 / 2 = 0.0001
			var scores = Scoring.score(INDEX, Map.of("P1", "0.0001", "P2", "0"));

			assertThat(scores.dimensions().get("PSYCHOSOCIAL")).isEqualByComparingTo("0.0001");
			assertThat(scores.dimensions().get("PSYCHOSOCIAL").scale()).isEqualTo(Scoring.SCALE);
			assertThat(scores.composite()).isEqualByComparingTo("0.0001");
		}

		@Test
		void allAnswersAtTheTopScoreOne() {
			var scores = Scoring.score(INDEX, Map.of("E1", "1", "E2", "1", "S1", "1", "S2", "1", "S3", "1",
					"P1", "1", "P2", "1"));

			assertThat(scores.composite()).isEqualByComparingTo("1");
		}
	}

	@Nested
	class Priorities {

		@Test
		void aDomainsPriorityComesFromItsWeightedMean() {
			// health = (1×1 + 1×0 + 2×1) / (1 + 1 + 2) = 3 / 4 = 0.75 → MEDIUM (0.5 ≤ 0.75 < 1.25)
			// legal  = (1×1) / 1 = 1 with L2..L4 unanswered → MEDIUM
			var scores = Scoring.score(NEEDS, Map.of("H1", "1", "H2", "0", "H3", "1", "L1", "1"));

			assertThat(scores.dimensions().get("HEALTH")).isEqualByComparingTo("0.75");
			assertThat(scores.priorities()).containsEntry("HEALTH", Priority.MEDIUM).containsEntry("LEGAL", Priority.MEDIUM)
					.doesNotContainKey("SAFETY");
			assertThat(scores.composite()).as("a priority instrument has no composite").isNull();
		}

		@Test
		void aMeanOfExactlyTheLowerBoundIsInTheHigherBand() {
			// health = (1×1 + 1×0) / 2 = 0.5 → not below 0.5, so MEDIUM
			// legal  = (1×2 + 1×1 + 1×1 + 1×1) / 4 = 5 / 4 = 1.25 → not below 1.25, so HIGH
			var scores = Scoring.score(NEEDS, Map.of("H1", "1", "H2", "0", "L1", "2", "L2", "1", "L3", "1", "L4", "1"));

			assertThat(scores.dimensions().get("HEALTH")).isEqualByComparingTo("0.5");
			assertThat(scores.dimensions().get("LEGAL")).isEqualByComparingTo("1.25");
			assertThat(scores.priorities()).containsEntry("HEALTH", Priority.MEDIUM).containsEntry("LEGAL", Priority.HIGH);
		}

		@Test
		void justBelowABoundIsInTheLowerBand() {
			// legal = (1×1 + 1×1 + 1×1 + 1×1) / 4 = 1 → MEDIUM; health = (1×1 + 1×0 + 2×0) / 4 = 0.25 → LOW
			var scores = Scoring.score(NEEDS, Map.of("H1", "1", "H2", "0", "H3", "0", "L1", "1", "L2", "1", "L3", "1",
					"L4", "1"));

			assertThat(scores.priorities()).containsEntry("HEALTH", Priority.LOW).containsEntry("LEGAL", Priority.MEDIUM);
			assertThat(Scoring.priorityOf(new BigDecimal("0.4999"), NEEDS_BANDS)).isEqualTo(Priority.LOW);
			assertThat(Scoring.priorityOf(new BigDecimal("0.5000"), NEEDS_BANDS)).isEqualTo(Priority.MEDIUM);
			assertThat(Scoring.priorityOf(new BigDecimal("1.2499"), NEEDS_BANDS)).isEqualTo(Priority.MEDIUM);
			assertThat(Scoring.priorityOf(new BigDecimal("1.2500"), NEEDS_BANDS)).isEqualTo(Priority.HIGH);
			assertThat(Scoring.priorityOf(BigDecimal.ZERO, NEEDS_BANDS)).isEqualTo(Priority.LOW);
			assertThat(Scoring.priorityOf(new BigDecimal("2"), NEEDS_BANDS)).isEqualTo(Priority.HIGH);
		}

		@Test
		void theWorstAnswerToACriticalItemIsHighWhateverTheMean() {
			// safety = (1×2 + 1×0 + 1×0) / 3 = 0.6667 → MEDIUM by the mean, HIGH because C1 is critical and at its worst
			var scores = Scoring.score(NEEDS, Map.of("C1", "2", "C2", "0", "C3", "0"));

			assertThat(scores.dimensions().get("SAFETY")).isEqualByComparingTo("0.6667");
			assertThat(scores.priorities()).containsEntry("SAFETY", Priority.HIGH);
		}

		@Test
		void aCriticalItemShortOfItsWorstCountsLikeAnyOther() {
			// safety = (1×1 + 1×0 + 1×0) / 3 = 0.3333 → LOW; C1 is critical but answered "some", not at its worst
			// and a non-critical item at its worst does not raise the band: C2 = 2 gives (0 + 2 + 0) / 3 = 0.6667 → MEDIUM
			assertThat(Scoring.score(NEEDS, Map.of("C1", "1", "C2", "0", "C3", "0")).priorities())
					.containsEntry("SAFETY", Priority.LOW);
			assertThat(Scoring.score(NEEDS, Map.of("C1", "0", "C2", "2", "C3", "0")).priorities())
					.containsEntry("SAFETY", Priority.MEDIUM);
		}
	}

	@Test
	void anAnswerThatIsNotAnOptionOfItsItemIsAnError() {
		assertThatThrownBy(() -> Scoring.score(INDEX, Map.of("E1", "0.6"))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAnswerToAnItemTheInstrumentDoesNotHaveIsIgnored() {
		var scores = Scoring.score(INDEX, Map.of("E1", "1", "X9", "1"));

		assertThat(scores.dimensions()).containsOnlyKeys("ECONOMIC");
		assertThat(scores.composite()).isEqualByComparingTo("1");
	}

	private static Dimension dimension(String code, String weight, Item... items) {
		return new Dimension(code, new BigDecimal(weight), words(code), List.of(items));
	}

	private static Item item(String code, String weight, boolean critical, String... scores) {
		List<AnswerOption> options = Arrays.stream(scores)
				.map(score -> new AnswerOption(score, new BigDecimal(score), words(score))).toList();
		return new Item(code, new BigDecimal(weight), critical, words(code), options);
	}

	private static Wording words(String text) {
		return new Wording(text, text, text);
	}
}

package org.homeward.assessments;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.homeward.cases.Section;

/**
 * An assessment instrument as the migration defines it: dimensions of weighted items, each answered with one of its
 * options, and, for a {@link ScoringKind#PRIORITY} instrument, the bands that turn a dimension's score into a
 * priority.
 *
 * @param childrenOnly whether only a child (under 18 on the day of the assessment) may be assessed with it
 * @param bands the priority bands in order, the last one without an upper bound; none for an index
 */
public record Instrument(String code, Wording name, Wording description, boolean childrenOnly, ScoringKind scoring,
		List<Dimension> dimensions, List<PriorityBand> bands) {

	public static final String NEEDS = "NEEDS";
	public static final String BEST_INTERESTS = "BEST_INTERESTS";
	public static final String RPI = "RPI";

	public Instrument {
		dimensions = List.copyOf(dimensions);
		bands = List.copyOf(bands);
	}

	public Optional<Item> item(String itemCode) {
		return dimensions.stream().flatMap(d -> d.items().stream()).filter(i -> i.code().equals(itemCode)).findFirst();
	}

	public int itemCount() {
		return dimensions.stream().mapToInt(d -> d.items().size()).sum();
	}

	/**
	 * A group of items scored together: a domain of needs, an area of a child's life, a dimension of the index.
	 *
	 * @param domain the case section whose readers may read this dimension's items, answers and scores; none means
	 * only those who read assessments whole
	 */
	public record Dimension(String code, BigDecimal weight, Wording name, List<Item> items, Section domain) {
		public Dimension {
			items = List.copyOf(items);
		}

		public Dimension(String code, BigDecimal weight, Wording name, List<Item> items) {
			this(code, weight, name, items, null);
		}
	}

	/** The dimension an item belongs to. */
	public Optional<Dimension> dimensionOf(String itemCode) {
		return dimensions.stream().filter(d -> d.items().stream().anyMatch(i -> i.code().equals(itemCode)))
				.findFirst();
	}

	/**
	 * One question.
	 *
	 * @param critical whether answering it with its highest-scored option puts the dimension in the highest band,
	 * whatever the mean: a risk to life or safety is never averaged away
	 */
	public record Item(String code, BigDecimal weight, boolean critical, Wording question, List<AnswerOption> options) {

		public Item {
			options = List.copyOf(options);
		}

		public Optional<AnswerOption> option(String optionCode) {
			return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
		}

		/** The score of the worst answer on a needs scale, of the best on the index: the highest one. */
		public BigDecimal highestScore() {
			return options.stream().map(AnswerOption::score).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
		}
	}

	public record AnswerOption(String code, BigDecimal score, Wording label) {
	}

	/**
	 * A dimension scoring below {@code below} (and not in an earlier band) has this priority.
	 *
	 * @param below the exclusive upper bound; none for the last band
	 */
	public record PriorityBand(Priority priority, BigDecimal below) {
	}
}

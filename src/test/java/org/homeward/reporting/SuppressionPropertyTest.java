package org.homeward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random tables of the shapes Homeward publishes (one to three dimensions crossed all at once or fewer at a
 * time, with every margin, counts mostly small as in cohorts of a few hundred), the protected table always passes an independent audit: no withheld cell can
 * be narrowed below the threshold, every small cell is withheld, and nothing else about the table changes.
 */
class SuppressionPropertyTest {

	record Shape(List<Integer> sizes, List<Integer> counts, int threshold, int crossed) {
	}

	@Property(tries = 100)
	void noWithheldCellIsEverNarrowedBelowTheThreshold(@ForAll("tables") Shape shape) {
		FrequencyTable table = build(shape);

		SmallCellSuppression.Result result = SmallCellSuppression.protect(table, shape.threshold());

		DisclosureAudit.Finding independent = DisclosureAudit.audit(table, result.withheld(), shape.threshold());
		assertThat(independent.narrow()).as("withheld cells narrowed below %d", shape.threshold()).isEmpty();
		for (int cell = 0; cell < table.size(); cell++) {
			if (SmallCellSuppression.isSmall(table.value(cell), shape.threshold())) {
				assertThat(result.isWithheld(cell)).as("small cell %s", table.keys().get(cell)).isTrue();
			}
		}
	}

	@Provide
	Arbitrary<Shape> tables() {
		Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(3)
				.filter(s -> s.stream().reduce(1, (a, b) -> a * b) <= 60);
		return sizes.flatMap(s -> {
			int inner = s.stream().reduce(1, (a, b) -> a * b);
			Arbitrary<Integer> count = Arbitraries.frequencyOf(
					net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
					net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 4)),
					net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(5, 30)));
			return Combinators.combine(count.list().ofSize(inner), Arbitraries.integers().between(2, 6),
					Arbitraries.integers().between(1, s.size())).as((counts, threshold, crossed) -> new Shape(s, counts,
							threshold, crossed));
		});
	}

	static FrequencyTable build(Shape shape) {
		List<List<String>> dimensions = new ArrayList<>();
		for (int d = 0; d < shape.sizes().size(); d++) {
			List<String> codes = new ArrayList<>();
			for (int c = 0; c < shape.sizes().get(d); c++) {
				codes.add("D" + d + "C" + c);
			}
			dimensions.add(codes);
		}
		return FrequencyTable.crossings(dimensions, shape.crossed(), key -> {
			int index = 0;
			for (int d = 0; d < key.size(); d++) {
				index = index * shape.sizes().get(d) + dimensions.get(d).indexOf(key.get(d));
			}
			return shape.counts().get(index);
		});
	}
}

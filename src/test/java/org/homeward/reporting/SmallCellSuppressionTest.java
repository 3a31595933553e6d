package org.homeward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Suppression on worked tables whose right answers were found by hand: primary suppression, the complementary cells a
 * lone small cell needs, a row whose only non-zero cell is small, small margins, and the audit refusing what primary
 * suppression alone would publish.
 */
class SmallCellSuppressionTest {

	private static final int T = 5;

	/**
	 * <pre>
	 *          C1   C2  | total
	 *   R1      3   12  |   15
	 *   R2     10   20  |   30
	 *   total  13   32  |   45
	 * </pre>
	 */
	private static FrequencyTable twoByTwo() {
		int[][] inner = { { 3, 12 }, { 10, 20 } };
		return FrequencyTable.cube(List.of(List.of("R1", "R2"), List.of("C1", "C2")),
				key -> inner[key.get(0).equals("R1") ? 0 : 1][key.get(1).equals("C1") ? 0 : 1]);
	}

	@Test
	void theCubeAddsEveryMargin() {
		FrequencyTable table = twoByTwo();
		assertThat(value(table, "R1", "_T")).isEqualTo(15);
		assertThat(value(table, "_T", "C1")).isEqualTo(13);
		assertThat(value(table, "_T", "_T")).isEqualTo(45);
		// two rows, two columns, and the grand total both as the sum of the rows' totals and of the columns'
		assertThat(table.relations()).hasSize(6);
	}

	@Test
	void aLoneSmallCellTakesItsRectangleWithItAndTheMarginsStay() {
		FrequencyTable table = twoByTwo();
		SmallCellSuppression.Result result = SmallCellSuppression.protect(table, T);

		assertThat(withheld(result)).containsExactlyInAnyOrder(List.of("R1", "C1"), List.of("R1", "C2"),
				List.of("R2", "C1"), List.of("R2", "C2"));
		assertThat(primary(result)).containsExactly(List.of("R1", "C1"));
		// by hand: a + b = 15, a + c = 13, c + d = 30, b + d = 32, all >= 0, so a runs from 0 to 13
		var interval = interval(result, "R1", "C1");
		assertThat(interval.lowest()).isCloseTo(0, within());
		assertThat(interval.highest()).isCloseTo(13, within());
		assertThat(result.audit().passed()).isTrue();
	}

	@Test
	void theAuditRefusesACellThatTheColumnTotalGivesAway() {
		FrequencyTable table = twoByTwo();
		BitSet rowOnly = cells(table, List.of("R1", "C1"), List.of("R1", "C2"));

		DisclosureAudit.Finding finding = DisclosureAudit.audit(table, rowOnly, T);

		// the row hides 3 and 12 from each other, but the first column's total 13 minus the published 10 is 3
		assertThat(finding.passed()).isFalse();
		assertThat(finding.narrow()).extracting(DisclosureAudit.Interval::cell)
				.contains(table.indexOf(List.of("R1", "C1")));
		assertThat(finding.narrow().get(0).width()).isCloseTo(0, within());
	}

	@Test
	void primarySuppressionAloneIsRefused() {
		FrequencyTable table = twoByTwo();
		DisclosureAudit.Finding finding = DisclosureAudit.audit(table, cells(table, List.of("R1", "C1")), T);
		assertThat(finding.passed()).isFalse();
		assertThat(finding.intervals()).singleElement().satisfies(i -> {
			assertThat(i.lowest()).isCloseTo(3, within());
			assertThat(i.highest()).isCloseTo(3, within());
		});
	}

	/**
	 * <pre>
	 *          F    M  | total
	 *   A      0    3  |    3     (the whole row is one small cell: its total is small too)
	 *   B      9    8  |   17
	 *   C      6   11  |   17
	 *   total 15   22  |   37
	 * </pre>
	 */
	@Test
	void aRowWhoseOnlyPersonCellIsSmallHidesItsTotalAndAnotherRow() {
		int[][] inner = { { 0, 3 }, { 9, 8 }, { 6, 11 } };
		List<String> rows = List.of("A", "B", "C");
		FrequencyTable table = FrequencyTable.cube(List.of(rows, List.of("F", "M")),
				key -> inner[rows.indexOf(key.get(0))][key.get(1).equals("F") ? 0 : 1]);

		SmallCellSuppression.Result result = SmallCellSuppression.protect(table, T);

		assertThat(primary(result)).containsExactlyInAnyOrder(List.of("A", "M"), List.of("A", "_T"));
		// the zero is published: A's total and its one small cell hide each other only if another row joins them
		assertThat(withheld(result)).doesNotContain(List.of("A", "F")).contains(List.of("A", "M"), List.of("A", "_T"));
		// column M: 3 withheld alone would be 22 - 8 - 11; so a second row's M and total go too (B's 8 is the
		// smallest that covers the shortfall), and the F column needs nothing since A's F is a published zero
		assertThat(withheld(result)).contains(List.of("B", "M"), List.of("B", "_T"));
		assertThat(withheld(result)).doesNotContain(List.of("_T", "_T"), List.of("_T", "F"), List.of("_T", "M"));
		assertThat(result.audit().passed()).isTrue();
		assertThat(result.audit().intervals()).allSatisfy(i -> assertThat(i.width()).isGreaterThanOrEqualTo(T));
	}

	@Test
	void aSmallGrandTotalIsWithheldWithEverythingNonZeroUnderIt() {
		int[][] inner = { { 1, 0 }, { 0, 2 } };
		FrequencyTable table = FrequencyTable.cube(List.of(List.of("R1", "R2"), List.of("C1", "C2")),
				key -> inner[key.get(0).equals("R1") ? 0 : 1][key.get(1).equals("C1") ? 0 : 1]);

		SmallCellSuppression.Result result = SmallCellSuppression.protect(table, T);

		for (int cell = 0; cell < table.size(); cell++) {
			assertThat(result.isWithheld(cell)).as("%s", table.keys().get(cell)).isEqualTo(table.value(cell) > 0);
		}
		assertThat(result.audit().passed()).isTrue();
		assertThat(result.audit().intervals()).allSatisfy(i -> assertThat(i.unbounded()).isTrue());
	}

	@Test
	void twoSmallCellsInARowAreNotEnoughForEachOtherWhenTheirSumIsSmall() {
		// row R1: 2 + 1 + 40 = 43; hiding 2 and 1 together leaves each in [0, 3]: too narrow
		int[][] inner = { { 2, 1, 40 }, { 12, 14, 30 } };
		List<String> columns = List.of("C1", "C2", "C3");
		FrequencyTable table = FrequencyTable.cube(List.of(List.of("R1", "R2"), columns),
				key -> inner[key.get(0).equals("R1") ? 0 : 1][columns.indexOf(key.get(1))]);

		BitSet both = cells(table, List.of("R1", "C1"), List.of("R1", "C2"), List.of("R2", "C1"),
				List.of("R2", "C2"));
		assertThat(DisclosureAudit.audit(table, both, T).passed()).as("the 2 and the 1 hide only 3 people").isFalse();

		SmallCellSuppression.Result result = SmallCellSuppression.protect(table, T);
		assertThat(result.audit().passed()).isTrue();
		assertThat(withheld(result)).contains(List.of("R1", "C1"), List.of("R1", "C2"));
	}

	@Test
	void aPublishedDenominatorBoundsItsNumerator() {
		// the two withheld numerators could each be 0 to 6 by the row alone; a published denominator of 4 narrows
		Map<List<String>, Integer> cells = new LinkedHashMap<>();
		cells.put(List.of("a"), 2);
		cells.put(List.of("b"), 4);
		cells.put(List.of("_T"), 6);
		FrequencyTable table = FrequencyTable.of(cells, List.of(List.of(List.of("_T"), List.of("a"), List.of("b"))));
		BitSet ab = cells(table, List.of("a"), List.of("b"));

		assertThat(DisclosureAudit.audit(table, ab, T).passed()).isTrue();
		var bounded = DisclosureAudit.audit(table, ab, T, Map.of(table.indexOf(List.of("a")), 2));
		assertThat(bounded.passed()).isFalse();
	}

	@Test
	void nothingSmallNothingWithheld() {
		int[][] inner = { { 5, 12 }, { 10, 20 } };
		FrequencyTable table = FrequencyTable.cube(List.of(List.of("R1", "R2"), List.of("C1", "C2")),
				key -> inner[key.get(0).equals("R1") ? 0 : 1][key.get(1).equals("C1") ? 0 : 1]);
		assertThat(SmallCellSuppression.protect(table, T).withheld().isEmpty()).isTrue();
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-6);
	}

	private static int value(FrequencyTable table, String... key) {
		return table.value(table.indexOf(List.of(key)));
	}

	@SafeVarargs
	private static BitSet cells(FrequencyTable table, List<String>... keys) {
		BitSet set = new BitSet();
		for (List<String> key : keys) {
			set.set(table.indexOf(key));
		}
		return set;
	}

	private static List<List<String>> withheld(SmallCellSuppression.Result result) {
		return result.withheld().stream().mapToObj(i -> result.table().keys().get(i)).toList();
	}

	private static List<List<String>> primary(SmallCellSuppression.Result result) {
		return result.primary().stream().mapToObj(i -> result.table().keys().get(i)).toList();
	}

	private static DisclosureAudit.Interval interval(SmallCellSuppression.Result result, String... key) {
		int cell = result.table().indexOf(List.of(key));
		return result.audit().intervals().stream().filter(i -> i.cell() == cell).findFirst().orElseThrow();
	}
}

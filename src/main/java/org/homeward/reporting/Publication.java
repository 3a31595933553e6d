package org.homeward.reporting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of a series may leave the node or reach the analyst: its exact cells protected by small-cell suppression, the
 * withheld cells named, and the audit's finding. A count is protected as it is; a percentage through its denominator
 * and its numerator (the numerator also withheld where the denominator is, or where those without the attribute are
 * few, and audited knowing that it cannot exceed a published denominator); a median or a mean through the count of
 * persons it is over. A figure is published only where every count it rests on is.
 *
 * @param withheld the cells whose figure is withheld ({@code OBS_STATUS} "C")
 * @param narrowest the narrowest interval the audit found for a withheld cell; infinite when nothing is withheld
 */
public record Publication(Series series, int threshold, Map<Cell, Figure> exact, Set<Cell> withheld, boolean passed,
		double narrowest) {

	public Publication {
		exact = Map.copyOf(exact);
		withheld = Set.copyOf(withheld);
	}

	/** The figure a reader outside the coordinators may see: none where withheld. */
	public Double published(Cell cell) {
		if (withheld.contains(cell)) {
			return null;
		}
		Figure figure = exact.get(cell);
		return figure == null ? null : figure.value();
	}

	public boolean isWithheld(Cell cell) {
		return withheld.contains(cell);
	}

	/** The three dimensions of every published table: the node's regions, the two sexes and the five age bands. */
	static List<List<String>> dimensions(List<String> regions) {
		return List.of(regions, List.of("F", "M"), java.util.Arrays.stream(AgeBand.values()).map(AgeBand::code).toList());
	}

	/** Protects one series of one quarter. */
	public static Publication protect(Series series, Map<Cell, Figure> cells, List<String> regions, int threshold) {
		List<List<String>> dimensions = dimensions(regions);
		Set<Cell> withheld = new LinkedHashSet<>();
		boolean passed;
		double narrowest;
		if (series.indicator().kind() == Indicator.Kind.PERCENT) {
			FrequencyTable denominators = FrequencyTable.crossingsOfCells(dimensions, 2,
					key -> figure(cells, key).denominator());
			SmallCellSuppression.Result d = SmallCellSuppression.protect(denominators, threshold);
			FrequencyTable numerators = FrequencyTable.crossingsOfCells(dimensions, 2,
					key -> figure(cells, key).numerator());
			BitSet alsoPrimary = new BitSet();
			Map<Integer, Integer> bounds = new HashMap<>();
			for (int i = 0; i < numerators.size(); i++) {
				List<String> key = numerators.keys().get(i);
				int denominator = denominators.value(denominators.indexOf(key));
				int without = denominator - numerators.value(i);
				if (d.isWithheld(denominators.indexOf(key)) || SmallCellSuppression.isSmall(without, threshold)) {
					alsoPrimary.set(i);
				}
				else {
					bounds.put(i, denominator);
				}
			}
			SmallCellSuppression.Result n = SmallCellSuppression.protect(numerators, threshold, alsoPrimary, bounds);
			collect(d, withheld);
			collect(n, withheld);
			passed = d.audit().passed() && n.audit().passed();
			narrowest = Math.min(narrowest(d), narrowest(n));
		}
		else {
			FrequencyTable counts = FrequencyTable.crossingsOfCells(dimensions, 2, key -> figure(cells, key).numerator());
			SmallCellSuppression.Result c = SmallCellSuppression.protect(counts, threshold);
			collect(c, withheld);
			passed = c.audit().passed();
			narrowest = narrowest(c);
		}
		return new Publication(series, threshold, cells, withheld, passed, narrowest);
	}

	/**
	 * Audits the withheld cells as they stand, the last step before anything leaves: the same linear programs over
	 * the same tables. A publication whose withheld cells were tampered with, or that was protected under another
	 * threshold, fails here.
	 */
	public Publication audited(List<String> regions) {
		List<List<String>> dimensions = dimensions(regions);
		List<DisclosureAudit.Finding> findings = new ArrayList<>();
		if (series.indicator().kind() == Indicator.Kind.PERCENT) {
			FrequencyTable denominators = FrequencyTable.crossingsOfCells(dimensions, 2,
					key -> figure(exact, key).denominator());
			FrequencyTable numerators = FrequencyTable.crossingsOfCells(dimensions, 2,
					key -> figure(exact, key).numerator());
			Map<Integer, Integer> bounds = new HashMap<>();
			for (int i = 0; i < numerators.size(); i++) {
				if (!withheld.contains(Cell.of(numerators.keys().get(i)))) {
					bounds.put(i, denominators.value(i));
				}
			}
			findings.add(DisclosureAudit.audit(denominators, mask(denominators), threshold));
			findings.add(DisclosureAudit.audit(numerators, mask(numerators), threshold, bounds));
		}
		else {
			FrequencyTable counts = FrequencyTable.crossingsOfCells(dimensions, 2, key -> figure(exact, key).numerator());
			findings.add(DisclosureAudit.audit(counts, mask(counts), threshold));
		}
		boolean ok = findings.stream().allMatch(DisclosureAudit.Finding::passed);
		double narrow = findings.stream().flatMap(f -> f.intervals().stream())
				.mapToDouble(DisclosureAudit.Interval::width).min().orElse(Double.POSITIVE_INFINITY);
		return new Publication(series, threshold, exact, withheld, ok, narrow);
	}

	private BitSet mask(FrequencyTable table) {
		BitSet mask = new BitSet(table.size());
		for (int i = 0; i < table.size(); i++) {
			if (withheld.contains(Cell.of(table.keys().get(i)))) {
				mask.set(i);
			}
		}
		return mask;
	}

	private static Figure figure(Map<Cell, Figure> cells, List<String> key) {
		Figure figure = cells.get(Cell.of(key));
		return figure == null ? Figure.NONE : figure;
	}

	private static void collect(SmallCellSuppression.Result result, Set<Cell> withheld) {
		List<List<String>> keys = new ArrayList<>(result.table().keys());
		result.withheld().stream().forEach(i -> withheld.add(Cell.of(keys.get(i))));
	}

	private static double narrowest(SmallCellSuppression.Result result) {
		return result.audit().intervals().stream().mapToDouble(DisclosureAudit.Interval::width).min()
				.orElse(Double.POSITIVE_INFINITY);
	}
}

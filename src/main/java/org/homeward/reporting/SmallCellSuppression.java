package org.homeward.reporting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression of a table before it leaves the node or reaches the analyst (DESIGN.md §5).
 *
 * <p><b>Primary suppression</b> withholds every count from 1 to one below the threshold (default 5): such a cell could
 * point at a few identifiable people. A zero is published: it says that nobody is in the cell, which tells nothing
 * about anyone (sdcTable and τ-ARGUS treat zeros the same way by default); a zero may still be withheld beside a
 * small cell when that protects it at no cost.
 *
 * <p><b>Complementary suppression</b> then withholds further cells so that no withheld cell can be recomputed from the
 * published totals of rows, columns and margins, or narrowed to an interval narrower than the threshold. It works in
 * two steps: first, any relation (a total and its parts) with exactly one withheld cell gets a second one, since a
 * lone withheld cell is its total minus the published parts; then the {@link DisclosureAudit} computes every withheld
 * cell's interval, and each cell still narrower than the threshold gets another complement from a relation it is in,
 * until the audit passes. Complements are chosen among the published non-zero cells, inner cells before margins,
 * the smallest that would cover the shortfall first, so that as little as possible is withheld. It always ends: in the
 * worst case every non-zero cell is withheld, and a table whose grand total is withheld gives no bound above.
 */
public final class SmallCellSuppression {

	public static final int DEFAULT_THRESHOLD = 5;

	private SmallCellSuppression() {
	}

	/**
	 * A table protected for publication.
	 *
	 * @param primary the cells withheld because they are small
	 * @param withheld every withheld cell, primary and complementary
	 * @param audit the audit of the result; it has passed
	 */
	public record Result(FrequencyTable table, int threshold, BitSet primary, BitSet withheld,
			DisclosureAudit.Finding audit) {

		public Result {
			primary = (BitSet) primary.clone();
			withheld = (BitSet) withheld.clone();
		}

		public boolean isWithheld(int cell) {
			return withheld.get(cell);
		}

		public boolean isPrimary(int cell) {
			return primary.get(cell);
		}

		@Override
		public BitSet withheld() {
			return (BitSet) withheld.clone();
		}

		@Override
		public BitSet primary() {
			return (BitSet) primary.clone();
		}
	}

	/** Whether a count is small enough to be withheld for its own sake. */
	public static boolean isSmall(int count, int threshold) {
		return count > 0 && count < threshold;
	}

	public static Result protect(FrequencyTable table, int threshold) {
		return protect(table, threshold, new BitSet(), Map.of());
	}

	/**
	 * @param alsoPrimary cells to withhold for reasons outside this table (the numerator of a percentage whose
	 * denominator is withheld, or whose complement is small)
	 * @param upperBounds what the reader knows each cell cannot exceed, passed on to the audit
	 */
	public static Result protect(FrequencyTable table, int threshold, BitSet alsoPrimary,
			Map<Integer, Integer> upperBounds) {
		if (threshold < 1) {
			throw new IllegalArgumentException("the threshold is at least 1");
		}
		BitSet primary = new BitSet(table.size());
		for (int cell = 0; cell < table.size(); cell++) {
			if (isSmall(table.value(cell), threshold)) {
				primary.set(cell);
			}
		}
		primary.or(alsoPrimary);
		BitSet withheld = (BitSet) primary.clone();
		if (withheld.isEmpty()) {
			return new Result(table, threshold, primary, withheld,
					DisclosureAudit.audit(table, withheld, threshold, upperBounds));
		}
		if (table.isCrossClassification()) {
			hypercubes(table, primary, withheld, threshold, upperBounds);
		}
		noLoneWithheldCell(table, withheld, threshold);
		DisclosureAudit.Finding finding = DisclosureAudit.audit(table, withheld, threshold, upperBounds);
		while (!finding.passed()) {
			BitSet added = new BitSet(table.size());
			for (DisclosureAudit.Interval narrow : finding.narrow()) {
				if (sharesRelation(table, narrow.cell(), added)) {
					continue; // a complement added in this round may already widen it; the next audit tells
				}
				int complement = complement(table, narrow.cell(), withheld, threshold);
				if (complement >= 0) {
					withheld.set(complement);
					added.set(complement);
				}
			}
			if (added.isEmpty()) {
				// nothing non-zero is left to withhold near the narrow cells: withhold whatever non-zero remains
				int any = smallestPublished(table, withheld, allCells(table), threshold, 0);
				if (any < 0) {
					break;
				}
				withheld.set(any);
			}
			finding = DisclosureAudit.audit(table, withheld, threshold, upperBounds);
		}
		return new Result(table, threshold, primary, withheld, finding);
	}

	/**
	 * The hypercube method (Repsilber's, as in τ-ARGUS): each small cell is withheld together with the other corners
	 * of a box, one partner code in each dimension. Along every relation a box has two corners, so adding some
	 * amount to the corners of one parity and taking it from the others keeps every published total: the small cell
	 * can then be anything over a range as wide as the smallest corners allow. Of the boxes wide enough, the one that
	 * withholds the fewest people not yet withheld is chosen; where none is wide enough, the widest, and the audit's
	 * loop does the rest.
	 */
	private static void hypercubes(FrequencyTable table, BitSet primary, BitSet withheld, int threshold,
			Map<Integer, Integer> upperBounds) {
		Map<List<String>, Integer> cells = new HashMap<>();
		for (int i = 0; i < table.size(); i++) {
			cells.put(table.keys().get(i), i);
		}
		List<List<int[]>> relationsOf = new ArrayList<>();
		for (int i = 0; i < table.size(); i++) {
			relationsOf.add(new ArrayList<>());
		}
		for (int[] relation : table.relations()) {
			for (int cell : relation) {
				relationsOf.get(cell).add(relation);
			}
		}
		BitSet covered = new BitSet(table.size());
		List<Integer> order = primary.stream().boxed()
				.sorted(Comparator.comparingInt(table::value).thenComparingInt(c -> c)).toList();
		for (int cell : order) {
			if (covered.get(cell)) {
				continue;
			}
			List<String> key = table.keys().get(cell);
			Box best = null;
			for (List<String> partners : partnerChoices(key, table.dimensions())) {
				Box box = box(table, cells, relationsOf, key, partners, withheld, upperBounds);
				if (box != null && (best == null || box.betterThan(best, threshold))) {
					best = box;
				}
			}
			if (best == null) {
				continue;
			}
			for (int corner : best.corners) {
				withheld.set(corner);
			}
			if (best.protection >= threshold) {
				for (int corner : best.corners) {
					covered.set(corner);
				}
			}
		}
	}

	/** A box's corners, how wide a range it gives each of them, and what it costs in newly withheld people. */
	private record Box(int[] corners, double protection, long cost) {

		boolean betterThan(Box other, int threshold) {
			boolean enough = protection >= threshold;
			boolean otherEnough = other.protection >= threshold;
			if (enough != otherEnough) {
				return enough;
			}
			if (!enough) {
				return protection > other.protection;
			}
			return cost < other.cost;
		}
	}

	/**
	 * Every choice of one partner code per dimension: any other code of the dimension, its total included; a
	 * dimension where the cell is a total may also stay put, where the table has no relation along it there.
	 */
	private static List<List<String>> partnerChoices(List<String> key, List<List<String>> dimensions) {
		List<List<String>> choices = new ArrayList<>();
		choices.add(List.of());
		for (int d = 0; d < dimensions.size(); d++) {
			List<List<String>> next = new ArrayList<>();
			for (List<String> prefix : choices) {
				for (String code : dimensions.get(d)) {
					if (!code.equals(key.get(d)) || FrequencyTable.TOTAL.equals(code)) {
						List<String> extended = new ArrayList<>(prefix);
						extended.add(code);
						next.add(extended);
					}
				}
			}
			choices = next;
		}
		choices.removeIf(key::equals);
		return choices;
	}

	/** The box of the cell with these partners, or none if a corner is missing or the box does not balance. */
	private static Box box(FrequencyTable table, Map<List<String>, Integer> cells, List<List<int[]>> relationsOf,
			List<String> key, List<String> partners, BitSet withheld, Map<Integer, Integer> upperBounds) {
		int d = key.size();
		List<Integer> moving = new ArrayList<>();
		for (int i = 0; i < d; i++) {
			if (!partners.get(i).equals(key.get(i))) {
				moving.add(i);
			}
		}
		int[] corners = new int[1 << moving.size()];
		Map<Integer, Integer> sign = new HashMap<>();
		for (int mask = 0; mask < corners.length; mask++) {
			List<String> corner = new ArrayList<>(key);
			int s = 1;
			for (int m = 0; m < moving.size(); m++) {
				if ((mask & (1 << m)) != 0) {
					int i = moving.get(m);
					corner.set(i, partners.get(i));
					// between two parts of a relation the sign flips; between a part and its total it does not
					if (!FrequencyTable.TOTAL.equals(key.get(i)) && !FrequencyTable.TOTAL.equals(partners.get(i))) {
						s = -s;
					}
				}
			}
			Integer cell = cells.get(corner);
			if (cell == null) {
				return null;
			}
			corners[mask] = cell;
			sign.put(cell, s);
		}
		// every relation through a corner must stay balanced when the corners move
		for (int cell : corners) {
			for (int[] relation : relationsOf.get(cell)) {
				int balance = 0;
				for (int k = 0; k < relation.length; k++) {
					Integer s = sign.get(relation[k]);
					if (s != null) {
						balance += k == 0 ? s : -s;
					}
				}
				if (balance != 0) {
					return null;
				}
			}
		}
		double plusLow = Double.POSITIVE_INFINITY; // how far the corners of the cell's parity can go down
		double plusHigh = Double.POSITIVE_INFINITY; // and up
		double minusLow = Double.POSITIVE_INFINITY;
		double minusHigh = Double.POSITIVE_INFINITY;
		long cost = 0;
		for (int cell : corners) {
			int value = table.value(cell);
			Integer bound = upperBounds.get(cell);
			double room = bound == null ? Double.POSITIVE_INFINITY : bound - value;
			if (sign.get(cell) > 0) {
				plusLow = Math.min(plusLow, value);
				plusHigh = Math.min(plusHigh, room);
			}
			else {
				minusLow = Math.min(minusLow, value);
				minusHigh = Math.min(minusHigh, room);
			}
			if (!withheld.get(cell)) {
				cost += value * 16L + (table.isMargin(cell) ? 8 : 0) + 1;
			}
		}
		// down: this parity goes down while the other goes up; up: the reverse
		double protection = Math.min(plusLow, minusHigh) + Math.min(plusHigh, minusLow);
		return new Box(corners, protection, cost);
	}

	/** A relation with exactly one withheld cell would give it away: withhold a second cell there. */
	private static void noLoneWithheldCell(FrequencyTable table, BitSet withheld, int threshold) {
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int[] relation : table.relations()) {
				int count = 0;
				int lone = -1;
				for (int cell : relation) {
					if (withheld.get(cell)) {
						count++;
						lone = cell;
					}
				}
				if (count == 1) {
					List<Integer> candidates = new ArrayList<>();
					for (int cell : relation) {
						candidates.add(cell);
					}
					int complement = smallestPublished(table, withheld, candidates, threshold, table.value(lone));
					if (complement >= 0) {
						withheld.set(complement);
						changed = true;
					}
				}
			}
		}
	}

	private static int complement(FrequencyTable table, int narrow, BitSet withheld, int threshold) {
		List<Integer> candidates = new ArrayList<>();
		for (int[] relation : table.relations()) {
			if (contains(relation, narrow)) {
				for (int cell : relation) {
					candidates.add(cell);
				}
			}
		}
		int chosen = smallestPublished(table, withheld, candidates, threshold, table.value(narrow));
		if (chosen >= 0) {
			return chosen;
		}
		// every cell beside it is withheld or zero: look one relation further, through its withheld neighbours
		List<Integer> further = new ArrayList<>();
		for (int neighbour : candidates) {
			if (withheld.get(neighbour)) {
				for (int[] relation : table.relations()) {
					if (contains(relation, neighbour)) {
						for (int cell : relation) {
							further.add(cell);
						}
					}
				}
			}
		}
		return smallestPublished(table, withheld, further, threshold, table.value(narrow));
	}

	/**
	 * The published non-zero cell to withhold among the candidates: inner cells before margins, then those large
	 * enough to cover what the withheld cell lacks of the threshold, then the smallest.
	 */
	private static int smallestPublished(FrequencyTable table, BitSet withheld, List<Integer> candidates,
			int threshold, int withheldValue) {
		int shortfall = threshold - withheldValue;
		return candidates.stream().distinct().filter(c -> !withheld.get(c) && table.value(c) > 0)
				.min(Comparator.<Integer>comparingInt(c -> table.isMargin(c) ? 1 : 0)
						.thenComparingInt(c -> table.value(c) >= shortfall ? 0 : 1)
						.thenComparingInt(table::value)
						.thenComparingInt(c -> c))
				.orElse(-1);
	}

	private static boolean sharesRelation(FrequencyTable table, int cell, BitSet others) {
		if (others.isEmpty()) {
			return false;
		}
		for (int[] relation : table.relations()) {
			if (contains(relation, cell)) {
				for (int other : relation) {
					if (others.get(other)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean contains(int[] relation, int cell) {
		for (int c : relation) {
			if (c == cell) {
				return true;
			}
		}
		return false;
	}

	private static List<Integer> allCells(FrequencyTable table) {
		List<Integer> all = new ArrayList<>(table.size());
		for (int i = 0; i < table.size(); i++) {
			all.add(i);
		}
		return all;
	}
}

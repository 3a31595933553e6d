package org.homeward.reporting;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The audit that runs before anything is published (τ-ARGUS and sdcTable call it the same): for every withheld cell,
 * a linear program computes the smallest and the largest value consistent with everything published (the published
 * cells, every relation between cells, counts never negative, and any upper bounds known to the reader, such as a
 * published denominator). A withheld cell whose interval is narrower than the threshold could be narrowed down to
 * fewer people than the threshold protects, and the table is not published.
 *
 * <p>Commons Math's simplex (with Bland's rule, since these programs are highly degenerate) solves two programs per
 * withheld cell, each over the withheld cells linked to it by relations only: cells in unrelated parts of the table
 * do not constrain each other.
 */
public final class DisclosureAudit {

	private static final double EPSILON = 1e-6;

	private DisclosureAudit() {
	}

	/** The values a reader of the published cells can still consider for a withheld cell. */
	public record Interval(int cell, double lowest, double highest) {

		public double width() {
			return highest - lowest;
		}

		public boolean unbounded() {
			return Double.isInfinite(highest);
		}
	}

	/**
	 * What the audit found.
	 *
	 * @param narrow the intervals narrower than the threshold: publication must be refused while there are any
	 */
	public record Finding(int threshold, List<Interval> intervals, List<Interval> narrow) {

		public Finding {
			intervals = List.copyOf(intervals);
			narrow = List.copyOf(narrow);
		}

		public boolean passed() {
			return narrow.isEmpty();
		}
	}

	/** Audits the table as published with the given cells withheld. */
	public static Finding audit(FrequencyTable table, BitSet withheld, int threshold) {
		return audit(table, withheld, threshold, Map.of());
	}

	/**
	 * @param upperBounds per cell, a value the reader knows it cannot exceed (for the numerator of a published
	 * percentage: its published denominator)
	 */
	public static Finding audit(FrequencyTable table, BitSet withheld, int threshold,
			Map<Integer, Integer> upperBounds) {
		List<Interval> intervals = new ArrayList<>();
		for (List<Integer> component : components(table, withheld)) {
			intervals.addAll(solve(table, withheld, component, upperBounds));
		}
		intervals.sort((a, b) -> Integer.compare(a.cell(), b.cell()));
		List<Interval> narrow = intervals.stream().filter(i -> i.width() < threshold - EPSILON).toList();
		return new Finding(threshold, intervals, narrow);
	}

	/** Groups the withheld cells that relations link, directly or through other withheld cells. */
	static List<List<Integer>> components(FrequencyTable table, BitSet withheld) {
		int[] parent = new int[table.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int[] relation : table.relations()) {
			int first = -1;
			for (int cell : relation) {
				if (withheld.get(cell)) {
					if (first < 0) {
						first = cell;
					}
					else {
						parent[find(parent, cell)] = find(parent, first);
					}
				}
			}
		}
		Map<Integer, List<Integer>> groups = new HashMap<>();
		for (int cell = withheld.nextSetBit(0); cell >= 0; cell = withheld.nextSetBit(cell + 1)) {
			groups.computeIfAbsent(find(parent, cell), k -> new ArrayList<>()).add(cell);
		}
		return new ArrayList<>(groups.values());
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static List<Interval> solve(FrequencyTable table, BitSet withheld, List<Integer> component,
			Map<Integer, Integer> upperBounds) {
		Map<Integer, Integer> variable = new HashMap<>();
		for (int cell : component) {
			variable.put(cell, variable.size());
		}
		int n = component.size();
		List<LinearConstraint> constraints = new ArrayList<>();
		for (int[] relation : table.relations()) {
			double[] coefficients = new double[n];
			double rhs = 0;
			boolean involved = false;
			for (int k = 0; k < relation.length; k++) {
				int cell = relation[k];
				double sign = k == 0 ? 1 : -1; // total - sum of parts = 0
				Integer v = variable.get(cell);
				if (v != null) {
					coefficients[v] += sign;
					involved = true;
				}
				else {
					rhs -= sign * table.value(cell);
				}
			}
			if (involved) {
				constraints.add(new LinearConstraint(coefficients, Relationship.EQ, rhs));
			}
		}
		for (var bound : upperBounds.entrySet()) {
			Integer v = variable.get(bound.getKey());
			if (v != null) {
				double[] coefficients = new double[n];
				coefficients[v] = 1;
				constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, bound.getValue()));
			}
		}
		List<Interval> result = new ArrayList<>(n);
		for (int cell : component) {
			double[] objective = new double[n];
			objective[variable.get(cell)] = 1;
			double lowest = optimum(objective, constraints, GoalType.MINIMIZE);
			double highest = optimum(objective, constraints, GoalType.MAXIMIZE);
			result.add(new Interval(cell, lowest, highest));
		}
		return result;
	}

	private static double optimum(double[] objective, Collection<LinearConstraint> constraints, GoalType goal) {
		try {
			PointValuePair solution = new SimplexSolver(EPSILON, 10, 1e-10).optimize(new MaxIter(100_000),
					new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
					new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
			return solution.getValue();
		}
		catch (UnboundedSolutionException e) {
			return Double.POSITIVE_INFINITY;
		}
	}
}

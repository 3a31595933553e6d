package org.homeward.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A table of counts with its margins, as statistical-disclosure control sees it: cells with non-negative values,
 * and the additive relations between them (a total equals the sum of its parts). A cross-classification by region,
 * sex and age band with its subtotals is one table whose relations run along each dimension; a reader who is given
 * some of its cells can combine the relations to learn about the others, which is what {@link SmallCellSuppression}
 * and {@link DisclosureAudit} guard against.
 *
 * @param keys one key per cell, each the cell's code in every dimension (a total is {@link #TOTAL})
 * @param values the count of each cell
 * @param relations each relation as cell indexes, the total first and its parts after it
 * @param dimensions for a cross-classification, each dimension's codes with the total last; none otherwise
 */
public record FrequencyTable(List<List<String>> keys, int[] values, List<int[]> relations,
		List<List<String>> dimensions) {

	/** The code of a total in a dimension, as SDMX writes it. */
	public static final String TOTAL = "_T";

	public FrequencyTable {
		keys = keys.stream().map(List::copyOf).toList();
		values = values.clone();
		relations = List.copyOf(relations);
		dimensions = dimensions == null ? null : dimensions.stream().map(List::copyOf).toList();
		if (keys.size() != values.length) {
			throw new IllegalArgumentException("one key per value");
		}
		for (int value : values) {
			if (value < 0) {
				throw new IllegalArgumentException("counts are never negative");
			}
		}
	}

	/**
	 * The full cross-classification of the given dimensions with every margin.
	 *
	 * @param dimensions each dimension's codes, without the total, which is added
	 * @param count the count of a cell that is not a total in any dimension; margins are summed from them
	 */
	public static FrequencyTable cube(List<List<String>> dimensions, ToIntFunction<List<String>> count) {
		return crossings(dimensions, dimensions.size(), count);
	}

	/**
	 * The cells that cross at most {@code crossed} dimensions at a time, each with its margins: with three
	 * dimensions and two crossed, the three two-way tables (region × sex, region × age, sex × age) linked through
	 * their shared margins, without the three-way cells. Relations run along each dimension wherever every part of
	 * a total is in the table.
	 *
	 * @param count the count of a cell that is not a total in any dimension; every cell of the table is summed from
	 * them
	 */
	public static FrequencyTable crossings(List<List<String>> dimensions, int crossed,
			ToIntFunction<List<String>> count) {
		return build(dimensions, crossed, count, null);
	}

	/** The same cells and relations as {@link #crossings}, with each cell's value given (margins included). */
	public static FrequencyTable crossingsOfCells(List<List<String>> dimensions, int crossed,
			ToIntFunction<List<String>> value) {
		return build(dimensions, crossed, null, value);
	}

	private static FrequencyTable build(List<List<String>> dimensions, int crossed, ToIntFunction<List<String>> count,
			ToIntFunction<List<String>> given) {
		int d = dimensions.size();
		int[] sizes = new int[d];
		List<List<String>> withTotals = new ArrayList<>();
		for (int i = 0; i < d; i++) {
			sizes[i] = dimensions.get(i).size() + 1; // the last position of each dimension is its total
			List<String> codes = new ArrayList<>(dimensions.get(i));
			codes.add(TOTAL);
			withTotals.add(codes);
		}
		int all = Arrays.stream(sizes).reduce(1, (a, b) -> a * b);
		List<List<String>> keys = new ArrayList<>();
		Map<Integer, Integer> cellOfPosition = new HashMap<>();
		for (int index = 0; index < all; index++) {
			int[] position = position(index, sizes);
			int parts = 0;
			List<String> key = new ArrayList<>(d);
			for (int i = 0; i < d; i++) {
				key.add(withTotals.get(i).get(position[i]));
				parts += position[i] < sizes[i] - 1 ? 1 : 0;
			}
			if (parts <= crossed) {
				cellOfPosition.put(index, keys.size());
				keys.add(List.copyOf(key));
			}
		}
		int[] values = new int[keys.size()];
		if (given != null) {
			for (int cell = 0; cell < keys.size(); cell++) {
				values[cell] = given.applyAsInt(keys.get(cell));
			}
		}
		for (int index = 0; index < all && count != null; index++) {
			int[] position = position(index, sizes);
			boolean interior = true;
			for (int i = 0; i < d; i++) {
				interior &= position[i] < sizes[i] - 1;
			}
			if (interior) {
				List<String> key = new ArrayList<>(d);
				for (int i = 0; i < d; i++) {
					key.add(withTotals.get(i).get(position[i]));
				}
				int value = count.applyAsInt(key);
				for (int margin : margins(position, sizes)) {
					Integer cell = cellOfPosition.get(margin);
					if (cell != null) {
						values[cell] += value;
					}
				}
			}
		}
		List<int[]> relations = new ArrayList<>();
		for (var entry : cellOfPosition.entrySet()) {
			int[] position = position(entry.getKey(), sizes);
			for (int i = 0; i < d; i++) {
				if (position[i] != sizes[i] - 1) {
					continue;
				}
				int[] relation = new int[sizes[i]];
				relation[0] = entry.getValue();
				boolean complete = true;
				for (int code = 0; code < sizes[i] - 1 && complete; code++) {
					int[] part = position.clone();
					part[i] = code;
					Integer cell = cellOfPosition.get(index(part, sizes));
					complete = cell != null;
					relation[code + 1] = complete ? cell : -1;
				}
				if (complete) {
					relations.add(relation);
				}
			}
		}
		relations.sort((a, b) -> Integer.compare(a[0], b[0]));
		return new FrequencyTable(keys, values, relations, withTotals);
	}

	/** A table given cell by cell, with its relations named by keys: for tests and worked examples. */
	public static FrequencyTable of(Map<List<String>, Integer> cells, List<List<List<String>>> relationsByKey) {
		List<List<String>> keys = new ArrayList<>(cells.keySet());
		int[] values = keys.stream().mapToInt(cells::get).toArray();
		List<int[]> relations = new ArrayList<>();
		for (List<List<String>> relation : relationsByKey) {
			relations.add(relation.stream().mapToInt(k -> {
				int i = keys.indexOf(k);
				if (i < 0) {
					throw new IllegalArgumentException("no cell " + k);
				}
				return i;
			}).toArray());
		}
		return new FrequencyTable(keys, values, relations, null);
	}

	public int size() {
		return values.length;
	}

	public int value(int cell) {
		return values[cell];
	}

	@Override
	public int[] values() {
		return values.clone();
	}

	/** The index of the cell with this key, or -1. */
	public int indexOf(List<String> key) {
		return keys.indexOf(key);
	}

	/** Whether the table is a cross-classification, whose dimensions are known. */
	public boolean isCrossClassification() {
		return dimensions != null;
	}

	/** Whether the cell is a total in some dimension. */
	public boolean isMargin(int cell) {
		return keys.get(cell).contains(TOTAL);
	}

	private static int[] position(int index, int[] sizes) {
		int[] position = new int[sizes.length];
		for (int i = sizes.length - 1; i >= 0; i--) {
			position[i] = index % sizes[i];
			index /= sizes[i];
		}
		return position;
	}

	private static int index(int[] position, int[] sizes) {
		int index = 0;
		for (int i = 0; i < sizes.length; i++) {
			index = index * sizes[i] + position[i];
		}
		return index;
	}

	/** The cell itself and every margin it adds to: each subset of its dimensions replaced by the total. */
	private static List<Integer> margins(int[] position, int[] sizes) {
		int d = sizes.length;
		List<Integer> result = new ArrayList<>(1 << d);
		for (int mask = 0; mask < (1 << d); mask++) {
			int[] margin = position.clone();
			for (int i = 0; i < d; i++) {
				if ((mask & (1 << i)) != 0) {
					margin[i] = sizes[i] - 1;
				}
			}
			result.add(index(margin, sizes));
		}
		return result;
	}
}

package org.homeward.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.homeward.reporting.FrequencyTable;
import org.homeward.reporting.SmallCellSuppression;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Small-cell suppression of one indicator's table as a node publishes it: regions × sex × age band with their
 * two-way crossings and margins, the primary and complementary suppression and the linear-programming audit of
 * every withheld cell. The counts are random, many of them small, as in a node with a few hundred children.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SuppressionBench {

	@Param({ "14" })
	public int regions;

	private FrequencyTable table;

	@Setup
	public void table() {
		List<String> regionCodes = new ArrayList<>();
		for (int r = 1; r <= regions; r++) {
			regionCodes.add("R" + r);
		}
		Random random = new Random(7);
		List<List<String>> dimensions = List.of(regionCodes, List.of("F", "M"),
				List.of("Y0T4", "Y5T11", "Y12T17", "Y18T59", "Y_GE60"));
		int[] counts = new int[regions * 2 * 5];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
		}
		table = FrequencyTable.crossings(dimensions, 2, key -> {
			int r = regionCodes.indexOf(key.get(0));
			int s = key.get(1).equals("F") ? 0 : 1;
			int a = dimensions.get(2).indexOf(key.get(2));
			return counts[(r * 2 + s) * 5 + a];
		});
	}

	@Benchmark
	public SmallCellSuppression.Result protectAndAuditOneTable() {
		return SmallCellSuppression.protect(table, SmallCellSuppression.DEFAULT_THRESHOLD);
	}

}

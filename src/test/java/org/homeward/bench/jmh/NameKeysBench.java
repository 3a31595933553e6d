package org.homeward.bench.jmh;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.homeward.registry.names.NameKey;
import org.homeward.registry.names.NameSimilarity;
import org.homeward.registry.names.NameVariants;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The name rules a registration and a search run for every name: the match key of a full name in Cyrillic and in
 * Latin, its loose variants (the blocking keys of duplicate matching), and the comparison of two names. Run by
 * {@code mvn -B -Pjmh verify} (JMH's sample mode: median, p95 and p99 of single calls); the figures are in
 * BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NameKeysBench {

	private final String cyrillic = "Махмудова Гульнора Рахимовна";
	private final String latin = "Makhmudova Gulnora Rakhimovna";
	private final List<String> keysA = NameKey.tokensOf("Махмудова Гульнора");
	private final List<String> keysB = NameKey.tokensOf("Mahmoudova Gulnara");
	private final List<Set<String>> looseA = NameVariants.tokensOf("Махмудова Гульнора");
	private final List<Set<String>> looseB = NameVariants.tokensOf("Mahmoudova Gulnara");

	@Benchmark
	public List<String> matchKeysOfACyrillicName() {
		return NameKey.tokensOf(cyrillic);
	}

	@Benchmark
	public List<String> matchKeysOfALatinName() {
		return NameKey.tokensOf(latin);
	}

	@Benchmark
	public List<Set<String>> looseVariantsOfAName() {
		return NameVariants.tokensOf(cyrillic);
	}

	@Benchmark
	public boolean sameFullNameInTwoScripts() {
		return NameSimilarity.sameFullName(keysA, keysB);
	}

	@Benchmark
	public boolean sameLooseFullName() {
		return NameSimilarity.sameLooseFullName(looseA, looseB);
	}

}

package org.homeward.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.cases.CaseStage;

/**
 * The definitions of the indicators, as computation: from the cases' histories to every cell of every indicator for
 * one quarter. Stocks are taken on the quarter's last day (or on the given day, for the quarter still running);
 * flows over the quarter's days up to then. Age is the age on that day. The message bundles say the same in words
 * ({@code reporting.indicator.*}); {@code IndicatorCalculatorTest} checks both against figures computed by hand.
 */
public final class IndicatorCalculator {

	/** School age in the member states: from 7 to 17. */
	static final int SCHOOL_FROM = 7;
	static final int ADULT_FROM = 18;
	/** Care in a family: with the mother, with relatives or with a foster family. */
	static final Set<String> FAMILY_BASED = Set.of("MOTHER", "RELATIVES", "FOSTER_FAMILY");
	static final Set<String> WORK_OR_TRAINING = Set.of("EMPLOYED", "SELF_EMPLOYED", "IN_TRAINING");

	private IndicatorCalculator() {
	}

	/** Every series of the quarter, each with its cells (crossing at most two of region, sex and age band). */
	public static Map<Series, Map<Cell, Figure>> compute(Collection<CaseHistory> histories, Quarter quarter,
			LocalDate today, List<String> regions) {
		Tallies tallies = new Tallies(quarter, today, regions);
		histories.forEach(tallies::add);
		return tallies.figures();
	}

	/**
	 * The counts of one quarter, added to one case at a time, so that a caller can read the cases a chunk at a time
	 * and hold none of them: what is kept is a handful of numbers per cell (and, for a median, each case's value).
	 */
	public static final class Tallies {

		private final Quarter quarter;
		private final LocalDate day;
		private final List<String> regions;
		private final Map<Series, Map<Cell, Tally>> tallies = new LinkedHashMap<>();

		public Tallies(Quarter quarter, LocalDate today, List<String> regions) {
			this.quarter = quarter;
			this.day = quarter.lastDay().isAfter(today) ? today : quarter.lastDay();
			this.regions = regions;
			for (Indicator indicator : Indicator.values()) {
				for (String category : indicator.categories()) {
					tallies.put(new Series(indicator, category), new HashMap<>());
				}
			}
		}

		public Quarter quarter() {
			return quarter;
		}

		public void add(CaseHistory history) {
			if (day.isBefore(quarter.firstDay())) {
				return; // a quarter not yet begun counts nobody
			}
			if (history.regionCode() == null || !regions.contains(history.regionCode())) {
				return; // a region not of this node's country cannot be reported by it
			}
			count(history, quarter, day, tallies);
		}

		public Map<Series, Map<Cell, Figure>> figures() {
			Map<Series, Map<Cell, Figure>> figures = new LinkedHashMap<>();
			for (var series : tallies.entrySet()) {
				Map<Cell, Figure> cells = new LinkedHashMap<>();
				for (Cell cell : cells(regions)) {
					Tally tally = series.getValue().get(cell);
					cells.put(cell, tally == null ? empty(series.getKey().indicator())
							: tally.figure(series.getKey().indicator()));
				}
				figures.put(series.getKey(), cells);
			}
			return figures;
		}
	}

	/** Every cell of a published table, in a stable order: totals first, then one dimension, then two. */
	public static List<Cell> cells(List<String> regions) {
		List<String> regionCodes = with(regions);
		List<String> sexes = with(List.of("F", "M"));
		List<String> ages = with(java.util.Arrays.stream(AgeBand.values()).map(AgeBand::code).toList());
		List<Cell> cells = new ArrayList<>();
		for (int crossed = 0; crossed <= 2; crossed++) {
			for (String region : regionCodes) {
				for (String sex : sexes) {
					for (String age : ages) {
						Cell cell = new Cell(region, sex, age);
						if (cell.crossed() == crossed) {
							cells.add(cell);
						}
					}
				}
			}
		}
		return cells;
	}

	private static List<String> with(List<String> codes) {
		List<String> all = new ArrayList<>(codes);
		all.add(FrequencyTable.TOTAL);
		return all;
	}

	private static Figure empty(Indicator indicator) {
		return indicator.kind() == Indicator.Kind.COUNT ? new Figure(0, 0, 0.0) : Figure.NONE;
	}

	private static void count(CaseHistory h, Quarter quarter, LocalDate day, Map<Series, Map<Cell, Tally>> tallies) {
		AgeBand age = AgeBand.on(h.birthDate(), day);
		int years = h.birthDate() == null ? 0 : java.time.Period.between(h.birthDate(), day).getYears();
		Contribution add = (indicator, category, numerator, denominator, value) -> {
			Map<Cell, Tally> cells = tallies.get(new Series(indicator, category));
			for (Cell cell : margins(h.regionCode(), h.sex(), age.code())) {
				cells.computeIfAbsent(cell, c -> new Tally()).add(indicator, numerator, denominator, value);
			}
		};
		String none = Indicator.NOT_APPLICABLE;

		if (h.arrival() != null && !h.arrival().isAfter(day)) {
			add.to(Indicator.RETURNED, none, 1, 0, null);
		}
		CaseStage stage = h.stageOn(day);
		if (stage != null) {
			add.to(Indicator.IN_STAGE, stage.name(), 1, 0, null);
		}
		if (h.arrival() != null && h.placedOn() != null && isOneOf(h.careArrangement(), FAMILY_BASED)
				&& !h.placedOn().isAfter(day)) {
			add.to(Indicator.DAYS_TO_FAMILY_PLACEMENT, none, 1, 0,
					(double) Math.max(0, ChronoUnit.DAYS.between(h.arrival(), h.placedOn())));
		}
		boolean inProgramme = h.inProgrammeOn(day);
		if (inProgramme) {
			add.to(Indicator.WITH_IDENTITY_DOCUMENTS, none, on(h.identityDocumentSince(), day), 1, null);
			if (years >= SCHOOL_FROM && years < ADULT_FROM) {
				add.to(Indicator.SCHOOL_ENROLMENT, none, on(h.enrolledSince(), day), 1, null);
			}
			if (years < ADULT_FROM) {
				boolean family = isOneOf(h.careArrangement(), FAMILY_BASED) && (h.placedOn() == null
						|| !h.placedOn().isAfter(day));
				add.to(Indicator.FAMILY_BASED_CARE, none, family ? 1 : 0, 1, null);
			}
			boolean counselled = h.deliveries().stream().anyMatch(d -> "COUNSELLING".equals(d.serviceCode())
					&& quarter.contains(d.on()) && !d.on().isAfter(day));
			add.to(Indicator.PSYCHOSOCIAL_SUPPORT, none,
					counselled || on(h.psychosocialSupportSince(), day) == 1 ? 1 : 0, 1, null);
			if (years >= ADULT_FROM) {
				boolean working = isOneOf(h.employmentStatus(), WORK_OR_TRAINING)
						&& (h.employmentRecordedOn() == null || !h.employmentRecordedOn().isAfter(day));
				add.to(Indicator.ADULTS_IN_WORK_OR_TRAINING, none, working ? 1 : 0, 1, null);
			}
			CaseHistory.ProgressIndex latest = null;
			for (CaseHistory.ProgressIndex index : h.progress()) {
				if (!index.on().isAfter(day) && (latest == null || !index.on().isBefore(latest.on()))) {
					latest = index;
				}
			}
			if (latest != null) {
				for (String dimension : Indicator.REINTEGRATION_PROGRESS.categories()) {
					Double score = latest.score(dimension);
					if (score != null) {
						add.to(Indicator.REINTEGRATION_PROGRESS, dimension, 1, 0, score);
					}
				}
			}
		}
		for (CaseHistory.ReferralOutcome referral : h.referrals()) {
			if (quarter.contains(referral.on()) && !referral.on().isAfter(day)) {
				add.to(Indicator.REFERRALS_COMPLETED, none, referral.completed() ? 1 : 0, 1, null);
			}
		}
		for (CaseHistory.Delivery delivery : h.deliveries()) {
			if (quarter.contains(delivery.on()) && !delivery.on().isAfter(day)
					&& Indicator.SERVICES_DELIVERED.categories().contains(delivery.serviceCode())) {
				add.to(Indicator.SERVICES_DELIVERED, delivery.serviceCode(), 1, 0, null);
			}
		}
		LocalDate closed = h.closedAsReintegratedOn();
		if (closed != null && quarter.contains(closed) && !closed.isAfter(day)) {
			add.to(Indicator.CLOSED_AS_REINTEGRATED, none, 1, 0, null);
		}
	}

	private static boolean isOneOf(String value, Set<String> values) {
		return value != null && values.contains(value);
	}

	private static int on(LocalDate since, LocalDate day) {
		return since != null && !since.isAfter(day) ? 1 : 0;
	}

	/** The cells a person adds to: those of their region, sex and age band with at most two of them crossed. */
	private static List<Cell> margins(String region, String sex, String age) {
		String t = FrequencyTable.TOTAL;
		return List.of(new Cell(t, t, t), new Cell(region, t, t), new Cell(t, sex, t), new Cell(t, t, age),
				new Cell(region, sex, t), new Cell(region, t, age), new Cell(t, sex, age));
	}

	@FunctionalInterface
	private interface Contribution {
		void to(Indicator indicator, String category, int numerator, int denominator, Double value);
	}

	private static final class Tally {
		int numerator;
		int denominator;
		double sum;
		int counted;
		/** Each value, kept only for a median: a mean needs their sum alone. */
		final List<Double> values = new ArrayList<>();

		void add(Indicator indicator, int n, int d, Double value) {
			numerator += n;
			denominator += d;
			if (value != null) {
				sum += value;
				counted++;
				if (indicator.kind() == Indicator.Kind.MEDIAN) {
					values.add(value);
				}
			}
		}

		Figure figure(Indicator indicator) {
			return switch (indicator.kind()) {
				case COUNT -> new Figure(numerator, 0, (double) numerator);
				case PERCENT -> new Figure(numerator, denominator,
						denominator == 0 ? null : round(100.0 * numerator / denominator, 1));
				case MEAN -> new Figure(numerator, 0, counted == 0 ? null : round(sum / counted, 3));
				case MEDIAN -> new Figure(numerator, 0, values.isEmpty() ? null : median(values));
			};
		}
	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(Double::compare);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}
}

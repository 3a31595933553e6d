package org.homeward.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.homeward.assessments.Assessments;
import org.homeward.assessments.Instrument;
import org.homeward.assessments.RecordAssessment;
import org.homeward.cases.CaseStage;

/**
 * Assessments for the demo cases with a case manager: the initial needs assessment soon after arrival, the
 * best-interests assessment of every child, and the Reintegration Progress Index every six months once
 * rehabilitation has begun, improving over time as reintegration does, so that trends show on the chart.
 */
final class DemoAssessments {

	private final Assessments assessments;
	private final Map<String, Instrument> instruments = new LinkedHashMap<>();
	private final Random random = new Random(20240515);

	DemoAssessments(Assessments assessments) {
		this.assessments = assessments;
		assessments.instruments().forEach(i -> instruments.put(i.code(), i));
	}

	/** How many assessments were recorded. */
	int load(List<DemoCases.OpenedCase> cases) {
		int recorded = 0;
		LocalDate today = LocalDate.now();
		for (DemoCases.OpenedCase opened : cases) {
			if (opened.caseManager() == null || opened.stage() == CaseStage.RECEPTION) {
				continue;
			}
			LocalDate arrival = opened.arrival() != null ? opened.arrival() : today.minusYears(1);
			LocalDate first = min(arrival.plusWeeks(2), today);
			record(opened, Instrument.NEEDS, first, 0.6);
			recorded++;
			if (opened.who() == DemoCases.PersonKindOfCase.CHILD) {
				record(opened, Instrument.BEST_INTERESTS, first, 0.5);
				recorded++;
			}
			int progress = CaseStage.MAIN_LINE.indexOf(opened.stage().isActive() ? opened.stage() : CaseStage.MONITORING);
			if (progress >= 2) {
				int rounds = Math.min(4, progress);
				for (int round = 0; round < rounds; round++) {
					LocalDate on = min(arrival.plusMonths(6L * (round + 1)), today.minusDays(rounds - round));
					// Higher is better on the index: each round a little better than the one before.
					record(opened, Instrument.RPI, on, 0.35 + 0.15 * round);
					recorded++;
				}
			}
		}
		return recorded;
	}

	/**
	 * Answers every item around a level between 0 (the lowest-scoring option) and 1 (the highest), with some
	 * variation from item to item.
	 */
	private void record(DemoCases.OpenedCase opened, String code, LocalDate on, double level) {
		Instrument instrument = instruments.get(code);
		Map<String, String> answers = new LinkedHashMap<>();
		for (Instrument.Dimension dimension : instrument.dimensions()) {
			for (Instrument.Item item : dimension.items()) {
				List<Instrument.AnswerOption> options = item.options().stream()
						.sorted(Comparator.comparing(Instrument.AnswerOption::score)).toList();
				double wanted = Math.max(0, Math.min(1, level + (random.nextDouble() - 0.5) * 0.4));
				int index = (int) Math.round(wanted * (options.size() - 1));
				answers.put(item.code(), options.get(index).code());
			}
		}
		assessments.record(opened.caseId(), new RecordAssessment(code, on, answers), opened.caseManager());
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}

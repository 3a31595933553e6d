package org.homeward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.cases.CaseStage;
import org.homeward.reporting.CaseHistory.Delivery;
import org.homeward.reporting.CaseHistory.ProgressIndex;
import org.homeward.reporting.CaseHistory.ReferralOutcome;
import org.homeward.reporting.CaseHistory.StageChange;
import org.junit.jupiter.api.Test;

/**
 * Every indicator on six hand-made cases, against figures worked out by hand in the comments below (the third
 * quarter of 2026, ending on 30 September; "today" is 15 November, in the fourth quarter).
 *
 * <pre>
 * case  sex age on 30.9  region  arrived     opened      stage on 30.9    notes
 * A     F   36 (18-59)   TK      30.05.2019  10.01.2026  rehabilitation   ID since 2019; employed; RPI .6/.8/.7/.7;
 *                                                                          referral completed 10.8; counselling 5.7,
 *                                                                          medical care 5.8; lives independently
 * B     M   11 (5-11)    TK      30.05.2019  10.01.2026  reintegration    no ID; enrolled 1.4.2026; with mother from
 *                                                                          9.7.2019 (40 days); psychosocial support;
 *                                                                          RPI .5/.5/.5/.5; referral not completed 1.9
 * C     F    5 (5-11)    FA      29.04.2021  01.02.2026  assessment       ID since 2021; with relatives from 8.6.2021
 *                                                                          (40 days)
 * D     M   66 (60+)     FA      29.04.2021  05.01.2026  closed 20.8.2026 from monitoring; ID; unemployed
 * E     F   16 (12-17)   TK      05.10.2026  06.10.2026  (not yet)        arrives after the quarter
 * F     M   14 (12-17)   TK      10.10.2019  10.01.2026  assessment       ID from 30.9.2026; enrolled only 1.10.2026;
 *                                                                          foster family from 18.1.2020 (100 days);
 *                                                                          counselling 15.9
 * </pre>
 */
class IndicatorCalculatorTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
	static final Quarter Q3 = new Quarter(2026, 3);
	static final List<String> REGIONS = List.of("UZ-TK", "UZ-FA");
	static final String T = FrequencyTable.TOTAL;

	static List<CaseHistory> cases() {
		CaseHistory a = history("F", date(1990, 5, 1), "UZ-TK", date(2019, 5, 30), date(2026, 1, 10),
				List.of(change(2026, 2, 1, CaseStage.RECEPTION, CaseStage.ASSESSMENT),
						change(2026, 3, 1, CaseStage.ASSESSMENT, CaseStage.REHABILITATION)),
				date(2019, 6, 15), null, "INDEPENDENT", date(2019, 8, 1), null, "EMPLOYED", date(2026, 5, 1),
				List.of(new ProgressIndex(date(2026, 4, 1), 0.4, 0.6, 0.5, 0.5),
						new ProgressIndex(date(2026, 8, 1), 0.6, 0.8, 0.7, 0.7)),
				List.of(new ReferralOutcome(date(2026, 8, 10), true)),
				List.of(new Delivery(date(2026, 7, 5), "COUNSELLING"), new Delivery(date(2026, 8, 5), "MEDICAL_CARE")));
		CaseHistory b = history("M", date(2015, 3, 1), "UZ-TK", date(2019, 5, 30), date(2026, 1, 10),
				List.of(change(2026, 2, 1, CaseStage.RECEPTION, CaseStage.ASSESSMENT),
						change(2026, 3, 1, CaseStage.ASSESSMENT, CaseStage.REHABILITATION),
						change(2026, 6, 1, CaseStage.REHABILITATION, CaseStage.REINTEGRATION)),
				null, date(2026, 4, 1), "MOTHER", date(2019, 7, 9), date(2026, 5, 1), null, null,
				List.of(new ProgressIndex(date(2026, 8, 1), 0.5, 0.5, 0.5, 0.5)),
				List.of(new ReferralOutcome(date(2026, 9, 1), false)), List.of());
		CaseHistory c = history("F", date(2021, 1, 1), "UZ-FA", date(2021, 4, 29), date(2026, 2, 1),
				List.of(change(2026, 3, 1, CaseStage.RECEPTION, CaseStage.ASSESSMENT)), date(2021, 5, 10), null,
				"RELATIVES", date(2021, 6, 8), null, null, null, List.of(), List.of(), List.of());
		CaseHistory d = history("M", date(1960, 1, 1), "UZ-FA", date(2021, 4, 29), date(2026, 1, 5),
				List.of(change(2026, 1, 10, CaseStage.RECEPTION, CaseStage.ASSESSMENT),
						change(2026, 1, 20, CaseStage.ASSESSMENT, CaseStage.REHABILITATION),
						change(2026, 2, 1, CaseStage.REHABILITATION, CaseStage.REINTEGRATION),
						change(2026, 3, 1, CaseStage.REINTEGRATION, CaseStage.MONITORING),
						change(2026, 8, 20, CaseStage.MONITORING, CaseStage.CLOSED)),
				date(2021, 5, 1), null, null, null, null, "UNEMPLOYED", date(2026, 4, 1), List.of(), List.of(),
				List.of());
		CaseHistory e = history("F", date(2010, 6, 1), "UZ-TK", date(2026, 10, 5), date(2026, 10, 6), List.of(), null,
				null, null, null, null, null, null, List.of(), List.of(), List.of());
		CaseHistory f = history("M", date(2012, 1, 1), "UZ-TK", date(2019, 10, 10), date(2026, 1, 10),
				List.of(change(2026, 2, 1, CaseStage.RECEPTION, CaseStage.ASSESSMENT)), date(2026, 9, 30),
				date(2026, 10, 1), "FOSTER_FAMILY", date(2020, 1, 18), null, null, null, List.of(), List.of(),
				List.of(new Delivery(date(2026, 9, 15), "COUNSELLING")));
		return List.of(a, b, c, d, e, f);
	}

	final Map<Series, Map<Cell, Figure>> q3 = IndicatorCalculator.compute(cases(), Q3, TODAY, REGIONS);

	@Test
	void returnedPersonsBySexAgeBandAndRegion() {
		// A, B, C, D and F had returned by 30 September; E only in October
		assertThat(count(Indicator.RETURNED, T, T, T)).isEqualTo(5);
		assertThat(count(Indicator.RETURNED, T, "F", T)).isEqualTo(2); // A, C
		assertThat(count(Indicator.RETURNED, T, "M", T)).isEqualTo(3); // B, D, F
		assertThat(count(Indicator.RETURNED, T, T, "Y0T4")).isZero();
		assertThat(count(Indicator.RETURNED, T, T, "Y5T11")).isEqualTo(2); // B, C
		assertThat(count(Indicator.RETURNED, T, T, "Y12T17")).isEqualTo(1); // F
		assertThat(count(Indicator.RETURNED, T, T, "Y18T59")).isEqualTo(1); // A
		assertThat(count(Indicator.RETURNED, T, T, "Y_GE60")).isEqualTo(1); // D
		assertThat(count(Indicator.RETURNED, "UZ-TK", T, T)).isEqualTo(3); // A, B, F
		assertThat(count(Indicator.RETURNED, "UZ-FA", T, T)).isEqualTo(2); // C, D
		assertThat(count(Indicator.RETURNED, "UZ-TK", "M", T)).isEqualTo(2); // B, F
		assertThat(count(Indicator.RETURNED, "UZ-FA", T, "Y5T11")).isEqualTo(1); // C
	}

	@Test
	void personsInEachStageOnTheQuartersLastDay() {
		assertThat(figure(new Series(Indicator.IN_STAGE, "ASSESSMENT"), T, T, T).numerator()).isEqualTo(2); // C, F
		assertThat(figure(new Series(Indicator.IN_STAGE, "REHABILITATION"), T, T, T).numerator()).isEqualTo(1); // A
		assertThat(figure(new Series(Indicator.IN_STAGE, "REINTEGRATION"), T, T, T).numerator()).isEqualTo(1); // B
		assertThat(figure(new Series(Indicator.IN_STAGE, "CLOSED"), T, T, T).numerator()).isEqualTo(1); // D
		assertThat(figure(new Series(Indicator.IN_STAGE, "RECEPTION"), T, T, T).numerator()).isZero(); // E not yet
	}

	@Test
	void medianDaysFromArrivalToFamilyPlacement() {
		// B 40 days (with the mother), C 40 (relatives), F 100 (foster family); A lives independently
		Figure all = figure(Series.of(Indicator.DAYS_TO_FAMILY_PLACEMENT), T, T, T);
		assertThat(all.numerator()).isEqualTo(3);
		assertThat(all.value()).isEqualTo(40.0);
		assertThat(figure(Series.of(Indicator.DAYS_TO_FAMILY_PLACEMENT), "UZ-TK", T, T).value()).isEqualTo(70.0);
	}

	@Test
	void sharesOfThePersonsInTheProgramme() {
		// in the programme on 30.9: A, B, C, F (D closed in August, E not yet opened)
		assertThat(figure(Series.of(Indicator.WITH_IDENTITY_DOCUMENTS), T, T, T)).isEqualTo(new Figure(3, 4, 75.0));
		// school age 7-17: B enrolled, F only from October
		assertThat(figure(Series.of(Indicator.SCHOOL_ENROLMENT), T, T, T)).isEqualTo(new Figure(1, 2, 50.0));
		// children: B with the mother, C with relatives, F with a foster family
		assertThat(figure(Series.of(Indicator.FAMILY_BASED_CARE), T, T, T)).isEqualTo(new Figure(3, 3, 100.0));
		// A and F were counselled in the quarter, B is recorded as receiving support
		assertThat(figure(Series.of(Indicator.PSYCHOSOCIAL_SUPPORT), T, T, T)).isEqualTo(new Figure(3, 4, 75.0));
		// adults: A (employed); D is closed
		assertThat(figure(Series.of(Indicator.ADULTS_IN_WORK_OR_TRAINING), T, T, T))
				.isEqualTo(new Figure(1, 1, 100.0));
		// in Fergana no adult is left in the programme: a percentage of nobody is no figure at all
		assertThat(figure(Series.of(Indicator.ADULTS_IN_WORK_OR_TRAINING), "UZ-FA", T, T)).isEqualTo(Figure.NONE);
	}

	@Test
	void meanReintegrationProgressIndexByDimension() {
		// A's latest (1.8) .6/.8/.7/.7 and B's .5/.5/.5/.5
		assertThat(figure(new Series(Indicator.REINTEGRATION_PROGRESS, "ECONOMIC"), T, T, T))
				.isEqualTo(new Figure(2, 0, 0.55));
		assertThat(figure(new Series(Indicator.REINTEGRATION_PROGRESS, "SOCIAL"), T, T, T).value()).isEqualTo(0.65);
		assertThat(figure(new Series(Indicator.REINTEGRATION_PROGRESS, "PSYCHOSOCIAL"), T, T, T).value())
				.isEqualTo(0.6);
		assertThat(figure(new Series(Indicator.REINTEGRATION_PROGRESS, "COMPOSITE"), T, T, T).value()).isEqualTo(0.6);
	}

	@Test
	void referralsServicesAndClosures() {
		assertThat(figure(Series.of(Indicator.REFERRALS_COMPLETED), T, T, T)).isEqualTo(new Figure(1, 2, 50.0));
		assertThat(figure(new Series(Indicator.SERVICES_DELIVERED, "COUNSELLING"), T, T, T).numerator()).isEqualTo(2);
		assertThat(figure(new Series(Indicator.SERVICES_DELIVERED, "MEDICAL_CARE"), T, T, T).numerator())
				.isEqualTo(1);
		assertThat(figure(new Series(Indicator.SERVICES_DELIVERED, "SCHOOLING"), T, T, T).numerator()).isZero();
		assertThat(figure(Series.of(Indicator.CLOSED_AS_REINTEGRATED), T, T, T).numerator()).isEqualTo(1); // D
		assertThat(figure(Series.of(Indicator.CLOSED_AS_REINTEGRATED), T, T, "Y_GE60").numerator()).isEqualTo(1);
	}

	@Test
	void theRunningQuarterIsTakenOnTodaysDate() {
		var q4 = IndicatorCalculator.compute(cases(), new Quarter(2026, 4), TODAY, REGIONS);
		assertThat(q4.get(Series.of(Indicator.RETURNED)).get(Cell.TOTAL).numerator()).isEqualTo(6);
		// on 15 November: B and F enrolled, E (16, opened in October) not
		assertThat(q4.get(Series.of(Indicator.SCHOOL_ENROLMENT)).get(Cell.TOTAL)).isEqualTo(new Figure(2, 3, 66.7));
		// nothing was referred or delivered in the fourth quarter
		assertThat(q4.get(Series.of(Indicator.REFERRALS_COMPLETED)).get(Cell.TOTAL).value()).isNull();
	}

	@Test
	void theTablesCrossTwoDimensionsAtMost() {
		assertThat(q3.get(Series.of(Indicator.RETURNED))).containsKey(new Cell("UZ-TK", "F", T))
				.doesNotContainKey(new Cell("UZ-TK", "F", "Y18T59"));
		// 1 grand total; 2 regions + 2 sexes + 5 ages; 2x2 + 2x5 + 2x5
		assertThat(q3.get(Series.of(Indicator.RETURNED))).hasSize(1 + 9 + 24);
	}

	@Test
	void theAnalystsViewWithholdsSmallCellsAndKeepsWhatNoOneCanNarrow() {
		Publication returned = Publication.protect(Series.of(Indicator.RETURNED), q3.get(Series.of(Indicator.RETURNED)),
				REGIONS, 5);
		// 5 in all is published; 3 in Tashkent and 2 in Fergana are withheld, and hide each other within 0-5
		assertThat(returned.published(Cell.TOTAL)).isEqualTo(5.0);
		assertThat(returned.isWithheld(new Cell("UZ-TK", T, T))).isTrue();
		assertThat(returned.isWithheld(new Cell("UZ-FA", T, T))).isTrue();
		assertThat(returned.passed()).isTrue();
		assertThat(returned.narrowest()).isGreaterThanOrEqualTo(5);
		// a percentage of four people is withheld whole
		Publication documents = Publication.protect(Series.of(Indicator.WITH_IDENTITY_DOCUMENTS),
				q3.get(Series.of(Indicator.WITH_IDENTITY_DOCUMENTS)), REGIONS, 5);
		assertThat(documents.published(Cell.TOTAL)).isNull();
		assertThat(documents.passed()).isTrue();
	}

	private int count(Indicator indicator, String region, String sex, String age) {
		return figure(Series.of(indicator), region, sex, age).numerator();
	}

	private Figure figure(Series series, String region, String sex, String age) {
		return q3.get(series).get(new Cell(region, sex, age));
	}

	private static LocalDate date(int y, int m, int d) {
		return LocalDate.of(y, m, d);
	}

	private static StageChange change(int y, int m, int d, CaseStage from, CaseStage to) {
		return new StageChange(date(y, m, d), from, to);
	}

	static CaseHistory history(String sex, LocalDate birth, String region, LocalDate arrival, LocalDate opened,
			List<StageChange> stages, LocalDate documentSince, LocalDate enrolledSince, String care, LocalDate placed,
			LocalDate psychosocialSince, String employment, LocalDate employmentOn, List<ProgressIndex> progress,
			List<ReferralOutcome> referrals, List<Delivery> deliveries) {
		return new CaseHistory(UUID.randomUUID(), sex, birth, region, arrival, opened, stages, documentSince,
				enrolledSince, care, placed, psychosocialSince, employment, employmentOn, progress, referrals,
				deliveries);
	}
}

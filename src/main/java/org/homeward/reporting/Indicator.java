package org.homeward.reporting;

import java.util.List;

import org.homeward.cases.CaseStage;

/**
 * The national indicators of DESIGN.md §5. Each is defined once, here and in the message bundles
 * ({@code reporting.indicator.<CODE>.numerator}, {@code .denominator}, {@code .source}), and every page, table, export
 * and PDF shows that definition beside the figure. The code is the SDMX code of the {@code INDICATOR} dimension.
 */
public enum Indicator {
	/** Persons with a case who had returned by the end of the quarter. */
	RETURNED(Kind.COUNT, Unit.PERSONS, Breakdown.NONE),
	/** Cases opened by the end of the quarter, by their stage on its last day. */
	IN_STAGE(Kind.COUNT, Unit.PERSONS, Breakdown.STAGE),
	/** Median days from arrival to placement in family-based care, over everyone placed by the end of the quarter. */
	DAYS_TO_FAMILY_PLACEMENT(Kind.MEDIAN, Unit.DAYS, Breakdown.NONE),
	/** Of the persons in the programme at the end of the quarter, the share holding an identity document. */
	WITH_IDENTITY_DOCUMENTS(Kind.PERCENT, Unit.PERSONS, Breakdown.NONE),
	/** Of the children aged 7 to 17 in the programme, the share enrolled in school. */
	SCHOOL_ENROLMENT(Kind.PERCENT, Unit.PERSONS, Breakdown.NONE),
	/** Of the children in the programme, the share in family-based care. */
	FAMILY_BASED_CARE(Kind.PERCENT, Unit.PERSONS, Breakdown.NONE),
	/** Of the persons in the programme, the share receiving psychosocial support. */
	PSYCHOSOCIAL_SUPPORT(Kind.PERCENT, Unit.PERSONS, Breakdown.NONE),
	/** Of the adults in the programme, the share in work or training. */
	ADULTS_IN_WORK_OR_TRAINING(Kind.PERCENT, Unit.PERSONS, Breakdown.NONE),
	/** Mean of each person's latest Reintegration Progress Index, by dimension. */
	REINTEGRATION_PROGRESS(Kind.MEAN, Unit.INDEX, Breakdown.RPI_DIMENSION),
	/** Of the referrals that reached an outcome in the quarter, the share completed. */
	REFERRALS_COMPLETED(Kind.PERCENT, Unit.REFERRALS, Breakdown.NONE),
	/** Services delivered in the quarter, by type. */
	SERVICES_DELIVERED(Kind.COUNT, Unit.SERVICES, Breakdown.SERVICE_TYPE),
	/** Cases closed in the quarter as reintegrated (closed from monitoring). */
	CLOSED_AS_REINTEGRATED(Kind.COUNT, Unit.PERSONS, Breakdown.NONE);

	/** What a figure is: a count, a percentage of a count, or a median or mean over a count of persons. */
	public enum Kind {
		COUNT, PERCENT, MEDIAN, MEAN
	}

	/** What is counted; the SDMX {@code UNIT_MEASURE} of a figure follows from it and the kind. */
	public enum Unit {
		PERSONS, REFERRALS, SERVICES, DAYS, INDEX
	}

	/** The categories an indicator is split into besides region, sex and age band. */
	public enum Breakdown {
		NONE(List.of(Indicator.NOT_APPLICABLE)),
		STAGE(java.util.Arrays.stream(CaseStage.values()).map(Enum::name).toList()),
		SERVICE_TYPE(List.of("MEDICAL_CARE", "COUNSELLING", "SCHOOLING", "EMPLOYMENT_SERVICE", "CIVIL_DOCUMENTS",
				"RELIGIOUS_COUNSELLING", "MENTORING", "SCHOOL_ENROLMENT_SUPPORT", "FAMILY_MEDIATION",
				"VOCATIONAL_COURSE")),
		RPI_DIMENSION(List.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL", "COMPOSITE"));

		private final List<String> categories;

		Breakdown(List<String> categories) {
			this.categories = categories;
		}

		public List<String> categories() {
			return categories;
		}
	}

	/** The SDMX code of "not applicable", for an indicator without categories. */
	public static final String NOT_APPLICABLE = "_Z";

	private final Kind kind;
	private final Unit unit;
	private final Breakdown breakdown;

	Indicator(Kind kind, Unit unit, Breakdown breakdown) {
		this.kind = kind;
		this.unit = unit;
		this.breakdown = breakdown;
	}

	public Kind kind() {
		return kind;
	}

	public Unit unit() {
		return unit;
	}

	public Breakdown breakdown() {
		return breakdown;
	}

	public List<String> categories() {
		return breakdown.categories();
	}

	public String code() {
		return name();
	}

	/** The SDMX {@code UNIT_MEASURE} code of its figures. */
	public String unitMeasure() {
		return switch (kind) {
			case PERCENT -> "PT";
			case MEAN -> "IX";
			case MEDIAN -> "DAYS";
			case COUNT -> unit.name();
		};
	}

	/** Whether its figure is a ratio over a count of units, which is what suppression protects. */
	public boolean isRatio() {
		return kind != Kind.COUNT;
	}
}

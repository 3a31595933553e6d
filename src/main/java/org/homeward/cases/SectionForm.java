package org.homeward.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structured fields of a section, fit for its sector, and the status field of the sections that have one
 * (legal proceedings, security screening): the one value a role with {@link Access#STATUS} may see. Field labels
 * and choice labels come from the bundle as {@code section.<SECTION>.<field>} and
 * {@code section.<SECTION>.<field>.<CHOICE>}.
 */
public record SectionForm(Section section, List<Field> fields, Field status) {

	/** A field of a section's form. */
	public record Field(String name, Kind kind, List<String> choices) {

		public Field {
			choices = List.copyOf(choices);
		}

		static Field text(String name) {
			return new Field(name, Kind.TEXT, List.of());
		}

		static Field longText(String name) {
			return new Field(name, Kind.LONG_TEXT, List.of());
		}

		static Field date(String name) {
			return new Field(name, Kind.DATE, List.of());
		}

		static Field yesNo(String name) {
			return new Field(name, Kind.YES_NO, List.of("YES", "NO"));
		}

		static Field number(String name) {
			return new Field(name, Kind.NUMBER, List.of());
		}

		static Field choice(String name, String... choices) {
			return new Field(name, Kind.CHOICE, List.of(choices));
		}

		/** The reason a value does not fit, as a message key, or nothing when it fits. Empty values always fit. */
		public Optional<String> problemWith(String value) {
			if (value == null || value.isBlank()) {
				return Optional.empty();
			}
			return switch (kind) {
				case TEXT -> value.length() > 200 ? Optional.of("section.value.tooLong") : Optional.empty();
				case LONG_TEXT -> value.length() > 4000 ? Optional.of("section.value.tooLong") : Optional.empty();
				case NUMBER -> value.matches("\\d{1,4}") ? Optional.empty() : Optional.of("section.value.number");
				case CHOICE, YES_NO -> choices.contains(value) ? Optional.empty() : Optional.of("section.value.choice");
				case DATE -> plausibleDate(value);
			};
		}

		private static Optional<String> plausibleDate(String value) {
			try {
				LocalDate date = LocalDate.parse(value);
				return date.getYear() < 1900 || date.getYear() > LocalDate.now().getYear() + 5
						? Optional.of("section.value.date") : Optional.empty();
			}
			catch (DateTimeParseException e) {
				return Optional.of("section.value.date");
			}
		}
	}

	public enum Kind {
		TEXT, LONG_TEXT, DATE, YES_NO, NUMBER, CHOICE
	}

	public SectionForm {
		fields = List.copyOf(fields);
	}

	public Optional<Field> field(String name) {
		return fields.stream().filter(f -> f.name().equals(name)).findFirst();
	}

	public boolean hasStatus() {
		return status != null;
	}

	private static final Map<Section, SectionForm> FORMS = new LinkedHashMap<>();

	static {
		form(Section.CORE, null,
				Field.text("preferredLanguage"),
				Field.choice("livingArrangement", "WITH_MOTHER", "WITH_RELATIVES", "FOSTER_FAMILY", "INSTITUTION",
						"INDEPENDENT", "DETENTION"),
				Field.text("contactPhone"));
		form(Section.HEALTH, null,
				Field.choice("generalCondition", "GOOD", "FAIR", "POOR"),
				Field.longText("conditions"),
				Field.yesNo("disability"),
				Field.yesNo("vaccinationsComplete"),
				Field.date("lastMedicalCheck"),
				Field.yesNo("followUpNeeded"));
		form(Section.PSYCHOSOCIAL, null,
				Field.yesNo("receivingSupport"),
				Field.choice("distressLevel", "LOW", "MEDIUM", "HIGH"),
				Field.number("sessionsAttended"),
				Field.date("lastSession"));
		form(Section.EDUCATION, null,
				Field.yesNo("enrolled"),
				Field.text("institution"),
				Field.text("grade"),
				Field.date("enrolledOn"),
				Field.yesNo("languageSupportNeeded"));
		form(Section.LIVELIHOOD, null,
				Field.choice("employmentStatus", "EMPLOYED", "SELF_EMPLOYED", "IN_TRAINING", "UNEMPLOYED",
						"NOT_IN_LABOUR_FORCE"),
				Field.longText("skills"),
				Field.text("trainingProgramme"),
				Field.yesNo("incomeSupport"));
		form(Section.DOCUMENTS, null,
				Field.choice("identityDocument", "VALID", "APPLIED", "NONE"),
				Field.yesNo("birthRegistered"),
				Field.choice("citizenshipProcedure", "NOT_NEEDED", "PENDING", "CONFIRMED", "REFUSED"),
				Field.text("registryOffice"));
		form(Section.FAMILY, null,
				Field.choice("careArrangement", "MOTHER", "RELATIVES", "FOSTER_FAMILY", "INSTITUTION", "INDEPENDENT"),
				Field.date("familyPlacementDate"),
				Field.choice("housing", "ADEQUATE", "INADEQUATE", "NONE"),
				Field.longText("familyRelations"));
		form(Section.LEGAL, Field.choice("proceedings", "NONE", "UNDER_INVESTIGATION", "ON_TRIAL", "CONVICTED",
				"ACQUITTED", "AMNESTIED", "PROBATION"),
				Field.text("court"),
				Field.date("nextHearing"),
				Field.text("lawyer"));
		form(Section.SECURITY, Field.choice("screening", "NOT_STARTED", "IN_PROGRESS", "CLEARED", "UNDER_MONITORING"),
				Field.date("screenedOn"),
				Field.choice("riskLevel", "LOW", "MEDIUM", "HIGH"),
				Field.longText("observations"));
		form(Section.RELIGIOUS, null,
				Field.yesNo("receivingCounselling"),
				Field.number("sessionsAttended"),
				Field.text("counsellor"));
		form(Section.COMMUNITY, null,
				Field.text("mahalla"),
				Field.text("mentor"),
				Field.longText("activities"));
	}

	private static void form(Section section, Field status, Field... fields) {
		FORMS.put(section, new SectionForm(section, List.of(fields), status));
	}

	public static SectionForm of(Section section) {
		return FORMS.get(section);
	}
}

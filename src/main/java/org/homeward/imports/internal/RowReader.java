package org.homeward.imports.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.homeward.imports.ImportField;
import org.homeward.imports.ImportProblem;
import org.homeward.imports.ImportedRow;
import org.homeward.organizations.Region;
import org.homeward.registry.CitizenshipStatus;
import org.homeward.registry.DocumentKind;
import org.homeward.registry.IdentityDocumentDetails;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.PersonKind;
import org.homeward.registry.RegisterPerson;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;

/**
 * Turns a row of cells into a registration as the registry takes it, by the column mapping, and says what is wrong
 * with it, by column. Values are accepted as people type them in the three languages: "Ж", "female", "ayol"; a date
 * day first (17.03.2014) or ISO (2014-03-17); a region by its code or its name in English, Russian or Uzbek.
 * A cell that starts like a formula (= + - @) or holds one is refused, never evaluated.
 */
public final class RowReader {

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d.M.uuuu")
			.withResolverStyle(ResolverStyle.STRICT);
	private static final DateTimeFormatter DAY_FIRST_SLASH = DateTimeFormatter.ofPattern("d/M/uuuu")
			.withResolverStyle(ResolverStyle.STRICT);

	private static final Map<String, Sex> SEXES = Map.ofEntries(Map.entry("f", Sex.FEMALE),
			Map.entry("female", Sex.FEMALE), Map.entry("ж", Sex.FEMALE), Map.entry("жен", Sex.FEMALE),
			Map.entry("женский", Sex.FEMALE), Map.entry("ayol", Sex.FEMALE), Map.entry("m", Sex.MALE),
			Map.entry("male", Sex.MALE), Map.entry("м", Sex.MALE), Map.entry("муж", Sex.MALE),
			Map.entry("мужской", Sex.MALE), Map.entry("erkak", Sex.MALE));

	private static final Map<String, CitizenshipStatus> CITIZENSHIP = Map.ofEntries(
			Map.entry("гражданин", CitizenshipStatus.CITIZEN), Map.entry("fuqaro", CitizenshipStatus.CITIZEN),
			Map.entry("не подтверждено", CitizenshipStatus.UNCONFIRMED),
			Map.entry("tasdiqlanmagan", CitizenshipStatus.UNCONFIRMED),
			Map.entry("без гражданства", CitizenshipStatus.STATELESS),
			Map.entry("fuqaroligi yo'q", CitizenshipStatus.STATELESS),
			Map.entry("иностранец", CitizenshipStatus.FOREIGN_NATIONAL),
			Map.entry("chet el fuqarosi", CitizenshipStatus.FOREIGN_NATIONAL),
			Map.entry("неизвестно", CitizenshipStatus.UNKNOWN), Map.entry("noma'lum", CitizenshipStatus.UNKNOWN));

	private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "да", "ha", "+");

	/** Which record component of a registration each field fills, to name the column of a rule it breaks. */
	private static final Map<String, ImportField> COMPONENTS = Map.ofEntries(
			Map.entry("person.surnameLatin", ImportField.SURNAME_LATIN),
			Map.entry("person.givenNameLatin", ImportField.GIVEN_NAME_LATIN),
			Map.entry("person.patronymicLatin", ImportField.PATRONYMIC_LATIN),
			Map.entry("person.surnameCyrillic", ImportField.SURNAME_CYRILLIC),
			Map.entry("person.givenNameCyrillic", ImportField.GIVEN_NAME_CYRILLIC),
			Map.entry("person.patronymicCyrillic", ImportField.PATRONYMIC_CYRILLIC),
			Map.entry("person.nameOriginal", ImportField.NAME_ORIGINAL),
			Map.entry("person.sex", ImportField.SEX), Map.entry("person.birthDate", ImportField.BIRTH_DATE),
			Map.entry("person.arrivalDate", ImportField.ARRIVAL_DATE),
			Map.entry("person.regionId", ImportField.REGION), Map.entry("person.locality", ImportField.LOCALITY),
			Map.entry("documents[0].number", ImportField.DOCUMENT_NUMBER),
			Map.entry("documents[0].kind", ImportField.DOCUMENT_KIND));

	private final Map<ImportField, Integer> columns;
	private final List<String> headings;
	private final Map<String, Region> regions = new HashMap<>();
	private final Predicate<UUID> inScope;
	private final Validator validator;

	/**
	 * @param columns the column index each mapped field is read from
	 * @param inScope whether the user may register persons in a region
	 */
	public RowReader(Map<ImportField, Integer> columns, List<String> headings, List<Region> regions,
			Predicate<UUID> inScope, Validator validator) {
		this.columns = new EnumMap<>(columns);
		this.headings = headings;
		this.inScope = inScope;
		this.validator = validator;
		for (Region region : regions) {
			for (String name : new String[] { region.code(), region.nameEn(), region.nameRu(), region.nameLocal() }) {
				if (name != null && !name.isBlank()) {
					this.regions.put(key(name), region);
					// "город Ташкент", "Toshkent shahri": people write the city's name alone
					String plain = key(name).replaceFirst("^город ", "").replaceFirst(" shahri$", "");
					this.regions.putIfAbsent(plain, region);
				}
			}
		}
	}

	public ImportedRow read(Spreadsheet.Row row) {
		List<ImportProblem> problems = new ArrayList<>();
		Cells cells = new Cells(row, problems);
		Sex sex = cells.choice(ImportField.SEX,
				v -> SEXES.containsKey(key(v)) ? SEXES.get(key(v)) : enumOf(Sex.class, v), "imports.value.sex", null);
		LocalDate birthDate = cells.date(ImportField.BIRTH_DATE);
		CitizenshipStatus citizenship = cells.choice(ImportField.CITIZENSHIP,
				v -> CITIZENSHIP.containsKey(key(v)) ? CITIZENSHIP.get(key(v)) : enumOf(CitizenshipStatus.class, v),
				"imports.value.citizenship", CitizenshipStatus.UNKNOWN);
		PersonKind kind = cells.choice(ImportField.KIND, v -> enumOf(PersonKind.class, v), "imports.value.kind",
				PersonKind.RETURNEE);
		Region region = cells.choice(ImportField.REGION, v -> regions.get(key(v)), "imports.value.region", null);
		if (region != null && !inScope.test(region.id())) {
			problems.add(cells.problem(ImportField.REGION, "imports.region.outOfScope", null));
			region = null;
		}
		if (region == null && !cells.present(ImportField.REGION)) {
			problems.add(cells.problem(ImportField.REGION, "imports.value.required", null));
		}
		if (sex == null && !cells.present(ImportField.SEX)) {
			problems.add(cells.problem(ImportField.SEX, "imports.value.required", null));
		}
		if (birthDate == null && !cells.present(ImportField.BIRTH_DATE)) {
			problems.add(cells.problem(ImportField.BIRTH_DATE, "imports.value.required", null));
		}
		String estimated = cells.text(ImportField.BIRTH_DATE_ESTIMATED);
		PersonDetails person = new PersonDetails(cells.text(ImportField.SURNAME_LATIN),
				cells.text(ImportField.GIVEN_NAME_LATIN), cells.text(ImportField.PATRONYMIC_LATIN),
				cells.text(ImportField.SURNAME_CYRILLIC), cells.text(ImportField.GIVEN_NAME_CYRILLIC),
				cells.text(ImportField.PATRONYMIC_CYRILLIC), cells.text(ImportField.NAME_ORIGINAL), List.of(), sex,
				birthDate, estimated != null && YES.contains(key(estimated)), citizenship, kind, null,
				cells.date(ImportField.ARRIVAL_DATE), region == null ? null : region.id(),
				cells.text(ImportField.LOCALITY));
		List<IdentityDocumentDetails> documents = new ArrayList<>();
		String number = cells.text(ImportField.DOCUMENT_NUMBER);
		if (number != null) {
			DocumentKind documentKind = cells.choice(ImportField.DOCUMENT_KIND, v -> enumOf(DocumentKind.class, v),
					"imports.value.documentKind", DocumentKind.OTHER);
			documents.add(new IdentityDocumentDetails(documentKind == null ? DocumentKind.OTHER : documentKind,
					number, null, null, null));
		}
		RegisterPerson registration = new RegisterPerson(person, documents, false);
		if (sex != null && birthDate != null && region != null) {
			for (ConstraintViolation<RegisterPerson> violation : validator.validate(registration)) {
				ImportField field = COMPONENTS.get(violation.getPropertyPath().toString());
				problems.add(cells.problem(field, messageOf(violation), argumentOf(violation)));
			}
		}
		if (person.arrivalDate() != null && birthDate != null && person.arrivalDate().isBefore(birthDate)) {
			problems.add(cells.problem(ImportField.ARRIVAL_DATE, "imports.value.arrivalBeforeBirth", null));
		}
		String household = cells.text(ImportField.HOUSEHOLD);
		if (household != null && household.length() > 200) {
			problems.add(cells.problem(ImportField.HOUSEHOLD, "imports.value.tooLong", "200"));
		}
		Relationship relationship = cells.choice(ImportField.RELATIONSHIP, v -> enumOf(Relationship.class, v),
				"imports.value.relationship", null);
		if (relationship == null && birthDate != null) {
			relationship = Period.between(birthDate, LocalDate.now()).getYears() < 18 ? Relationship.CHILD
					: Relationship.OTHER_RELATIVE;
		}
		String openCase = cells.text(ImportField.OPEN_CASE);
		boolean valid = sex != null && birthDate != null && region != null;
		return new ImportedRow(row.number(), valid ? registration : null, household, relationship,
				openCase != null && YES.contains(key(openCase)), List.copyOf(problems));
	}

	private static String messageOf(ConstraintViolation<?> violation) {
		String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		return switch (annotation) {
			case "Size" -> "imports.value.tooLong";
			case "NotNull", "NotBlank" -> "imports.value.required";
			case "Pattern" -> "imports.value.characters";
			case "PlausibleDate" -> "imports.value.implausibleDate";
			case "HasName" -> "imports.value.name";
			default -> "imports.value.invalid";
		};
	}

	private static String argumentOf(ConstraintViolation<?> violation) {
		Object max = violation.getConstraintDescriptor().getAttributes().get("max");
		return max == null ? null : max.toString();
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	static String key(String value) {
		return value.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʻ', '\'').replace('ʼ', '\'')
				.replaceAll("\\s+", " ");
	}

	/** The cells of one row by field, reporting formulas and unreadable values as they are read. */
	private final class Cells {

		private final Spreadsheet.Row row;
		private final List<ImportProblem> problems;

		Cells(Spreadsheet.Row row, List<ImportProblem> problems) {
			this.row = row;
			this.problems = problems;
		}

		/** Whether the field's cell has been reported already (so "required" is not said twice). */
		boolean present(ImportField field) {
			String column = heading(field);
			return problems.stream().anyMatch(p -> column != null && column.equals(p.column()));
		}

		String text(ImportField field) {
			Integer index = columns.get(field);
			if (index == null) {
				return null;
			}
			String value = row.cell(index);
			if (row.formulas().get(index) || Spreadsheet.startsLikeFormula(value)) {
				if (!present(field)) {
					problems.add(problem(field, "imports.value.formula", null));
				}
				return null;
			}
			return value == null || value.isBlank() ? null : value.strip();
		}

		<T> T choice(ImportField field, java.util.function.Function<String, T> parse, String messageKey,
				T otherwise) {
			String value = text(field);
			if (value == null) {
				return otherwise;
			}
			T parsed = parse.apply(value);
			if (parsed == null && messageKey != null) {
				problems.add(problem(field, messageKey, null));
			}
			return parsed;
		}

		LocalDate date(ImportField field) {
			String value = text(field);
			if (value == null) {
				return null;
			}
			for (DateTimeFormatter format : new DateTimeFormatter[] { DateTimeFormatter.ISO_LOCAL_DATE, DAY_FIRST,
					DAY_FIRST_SLASH }) {
				try {
					return LocalDate.parse(value, format);
				}
				catch (DateTimeParseException e) {
					// the next format
				}
			}
			problems.add(problem(field, "imports.value.date", null));
			return null;
		}

		ImportProblem problem(ImportField field, String messageKey, String argument) {
			return new ImportProblem(row.number(), field == null ? null : heading(field),
					ImportProblem.Kind.ERROR, messageKey, argument);
		}

		private String heading(ImportField field) {
			Integer index = columns.get(field);
			return index == null ? null : index < headings.size() ? headings.get(index) : null;
		}
	}
}

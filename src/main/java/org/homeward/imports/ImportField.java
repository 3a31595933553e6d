package org.homeward.imports;

import java.util.List;
import java.util.Locale;

/**
 * A field of the registry a column of a spreadsheet can be mapped to, with the column headings it is recognised by
 * when a file is first mapped (English, Russian, Uzbek).
 */
public enum ImportField {
	SURNAME_LATIN("surname", "surname latin", "family name", "last name", "familiya"),
	GIVEN_NAME_LATIN("given name", "given name latin", "first name", "name", "ism"),
	PATRONYMIC_LATIN("patronymic", "patronymic latin", "otasining ismi", "sharif"),
	SURNAME_CYRILLIC("фамилия", "surname cyrillic"),
	GIVEN_NAME_CYRILLIC("имя", "given name cyrillic"),
	PATRONYMIC_CYRILLIC("отчество", "patronymic cyrillic"),
	NAME_ORIGINAL("original name", "name original", "имя в оригинале", "asl ismi"),
	SEX("sex", "gender", "пол", "jinsi"),
	BIRTH_DATE("birth date", "date of birth", "дата рождения", "tug'ilgan sana", "tugilgan sana"),
	BIRTH_DATE_ESTIMATED("birth date estimated", "estimated", "дата примерная"),
	CITIZENSHIP("citizenship", "citizenship status", "гражданство", "fuqarolik"),
	KIND("kind", "person kind", "категория", "toifa"),
	REGION("region", "регион", "область", "viloyat", "hudud"),
	LOCALITY("locality", "населённый пункт", "населенный пункт", "махалля", "mahalla", "tuman"),
	ARRIVAL_DATE("arrival date", "дата прибытия", "kelgan sana"),
	DOCUMENT_KIND("document kind", "document type", "вид документа", "hujjat turi"),
	DOCUMENT_NUMBER("document number", "document", "номер документа", "hujjat raqami"),
	HOUSEHOLD("household", "family", "семья", "домохозяйство", "oila"),
	RELATIONSHIP("relationship", "родство", "qarindoshlik"),
	OPEN_CASE("open case", "case", "открыть дело", "ish ochish");

	private final List<String> headings;

	ImportField(String... headings) {
		this.headings = List.of(headings);
	}

	/** Whether a column heading names this field, in any of the three languages, ignoring case and spacing. */
	public boolean recognises(String heading) {
		String h = normalise(heading);
		return normalise(name().replace('_', ' ')).equals(h) || headings.stream().map(ImportField::normalise)
				.anyMatch(h::equals);
	}

	/** The message key of the field's label. */
	public String labelKey() {
		return "imports.field." + name();
	}

	static String normalise(String heading) {
		return heading == null ? "" : heading.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_.:*-]+", " ")
				.replace('’', '\'').replace('ʻ', '\'').replace('ʼ', '\'');
	}
}

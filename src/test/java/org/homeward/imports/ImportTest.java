package org.homeward.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.Demo;
import org.homeward.support.Http;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Imports over the API, as an agency moving in from its spreadsheets would run them. */
@HomewardTest
class ImportTest {

	private static final String HEADING = "Surname,Given name,Sex,Date of birth,Region,Document number,Household,Open case\n";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	Http http;
	JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		http = new Http(port);
		jdbc = JdbcClient.create(dataSource);
	}

	/** A surname nobody else in the registry has, in Latin letters only. */
	private static String unique() {
		StringBuilder name = new StringBuilder("Importova");
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return name.toString();
	}

	private long stored(String surname) {
		return jdbc.sql("SELECT count(*) FROM person WHERE surname_latin = ?").param(surname).query(Long.class)
				.single();
	}

	private JsonNode run(Http as, String fileName, byte[] content, String query) {
		Http.Response started = as.postFile("/api/v1/imports?" + query, fileName, "application/octet-stream",
				content);
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String id = started.json().get("id").asString();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			Http.Response report = as.get("/api/v1/imports/" + id);
			assertThat(report.status()).isEqualTo(200);
			if (report.json().get("finished").asBoolean()) {
				return report.json();
			}
			sleep();
		}
		throw new AssertionError("the import did not finish");
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void goodCsvIsStoredAndEachPersonAuditedAsCreated() {
		String surname = unique();
		String file = "\uFEFF" + HEADING + surname + ",Madina,F,17.03.1990,Tashkent,,Family " + surname + ",yes\n"
				+ surname + ",Yusuf,M,2014-03-17,Tashkent,,Family " + surname + ",no\n";
		JsonNode report = run(http.as(Demo.CASE_MANAGER), "people.csv", csv(file), "mode=ALL_OR_NOTHING");

		assertThat(report.get("status").asString()).isEqualTo("DONE");
		assertThat(report.get("stored").asInt()).isEqualTo(2);
		assertThat(report.get("households").asInt()).isEqualTo(1);
		assertThat(report.get("cases").asInt()).isEqualTo(1);
		assertThat(stored(surname)).isEqualTo(2);
		long audited = jdbc.sql("""
				SELECT count(*) FROM audit_entry a JOIN person p ON a.record_id = p.id::text
				WHERE p.surname_latin = ? AND a.action = 'CREATE' AND a.record_type = 'PERSON' AND a.actor = ?""")
				.params(surname, Demo.CASE_MANAGER).query(Long.class).single();
		assertThat(audited).isEqualTo(2);
		long members = jdbc.sql("""
				SELECT count(*) FROM household_member m JOIN person p ON p.id = m.person_id WHERE p.surname_latin = ?""")
				.param(surname).query(Long.class).single();
		assertThat(members).isEqualTo(2);
	}

	@Test
	void goodXlsxIsStoredWithDatesAndCyrillicNames() throws IOException {
		String surname = unique();
		String cyrillic = "Импортова" + surname.substring(surname.length() - 4).chars()
				.mapToObj(c -> String.valueOf((char) ('а' + c - 'a'))).reduce("", String::concat);
		byte[] workbook = xlsx(sheet -> {
			row(sheet, 0, "Surname", "Given name", "Фамилия", "Имя", "Sex", "Date of birth", "Region");
			row(sheet, 1, surname, "Madina", cyrillic, "Мадина", "Ж", "17.03.1990", "Ташкент");
			var row = sheet.createRow(2);
			String[] cells = { surname, "Zarina", cyrillic, "Зарина", "female", null, "TAS" };
			for (int i = 0; i < cells.length; i++) {
				if (cells[i] != null) {
					row.createCell(i).setCellValue(cells[i]);
				}
			}
			var date = row.createCell(5);
			date.setCellValue(java.time.LocalDate.of(2012, 5, 1));
			var style = sheet.getWorkbook().createCellStyle();
			style.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
			date.setCellStyle(style);
		});
		JsonNode report = run(http.as(Demo.CASE_MANAGER), "people.xlsx", workbook, "mode=ALL_OR_NOTHING");

		assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("DONE");
		assertThat(stored(surname)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT birth_date::text FROM person WHERE surname_latin = ? AND given_name_latin = 'Zarina'")
				.param(surname).query(String.class).single()).isEqualTo("2012-05-01");
	}

	@Test
	void badRowsAreReportedByRowAndColumnInTheReadersLanguage() {
		String surname = unique();
		String file = HEADING + surname + ",Madina,X,17.03.1990,Tashkent,,,\n"
				+ surname + ",Yusuf,M,31.02.2014,Tashkent,,,\n";
		JsonNode english = run(http.as(Demo.CASE_MANAGER), "people.csv", csv(file), "mode=CHECK");
		assertThat(english.get("invalid").asInt()).isEqualTo(2);
		assertThat(english.get("problems").toString()).contains("Row 2, column «Sex»").contains("Row 3, column «Date of birth»")
				.contains("05.11.2013");

		JsonNode russian = run(http.as(Demo.CASE_MANAGER).inLanguage("ru"), "people.csv", csv(file), "mode=CHECK");
		assertThat(russian.get("problems").toString()).contains("Строка 2, столбец «Sex»")
				.contains("Строка 3, столбец «Date of birth»").contains("Укажите дату");
		assertThat(stored(surname)).isZero();
	}

	@Test
	void allOrNothingStoresNothingWhenOneRowIsBad() {
		String surname = unique();
		String file = HEADING + surname + ",Madina,F,17.03.1990,Tashkent,,,\n" + surname + ",Yusuf,M,,Tashkent,,,\n";
		JsonNode report = run(http.as(Demo.CASE_MANAGER), "people.csv", csv(file), "mode=ALL_OR_NOTHING");
		assertThat(report.get("status").asString()).isEqualTo("REFUSED");
		assertThat(report.get("stored").asInt()).isZero();
		assertThat(stored(surname)).isZero();
	}

	@Test
	void skipInvalidStoresTheGoodRows() {
		String surname = unique();
		String file = HEADING + surname + ",Madina,F,17.03.1990,Tashkent,,,\n" + surname + ",Yusuf,M,,Tashkent,,,\n"
				+ surname + ",Zarina,F,01.05.2012,Tashkent,,,\n";
		JsonNode report = run(http.as(Demo.CASE_MANAGER), "people.csv", csv(file), "mode=SKIP_INVALID");
		assertThat(report.get("status").asString()).isEqualTo("DONE");
		assertThat(report.get("stored").asInt()).isEqualTo(2);
		assertThat(report.get("invalid").asInt()).isEqualTo(1);
		assertThat(stored(surname)).isEqualTo(2);
	}

	@Test
	void aLikelyDuplicateOfTheRegistryIsReportedAndHeldBack() {
		String surname = unique();
		String first = HEADING + surname + ",Madina,F,17.03.1990,Tashkent,,,\n";
		assertThat(run(http.as(Demo.CASE_MANAGER), "people.csv", csv(first), "mode=ALL_OR_NOTHING").get("stored")
				.asInt()).isEqualTo(1);

		JsonNode again = run(http.as(Demo.CASE_MANAGER), "people.csv", csv(first), "mode=SKIP_INVALID");
		assertThat(again.get("duplicates").asInt()).isEqualTo(1);
		assertThat(again.get("problems").get(0).get("kind").asString()).isEqualTo("DUPLICATE");
		assertThat(again.get("problems").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(again.get("stored").asInt()).isZero();
		assertThat(stored(surname)).isEqualTo(1);
	}

	@Test
	void formulasAreRefusedAsRowErrorsAndNeverEvaluated() throws IOException {
		String surname = unique();
		String file = HEADING + surname + ",=HYPERLINK(\"http://example.org\"),F,17.03.1990,Tashkent,,,\n"
				+ surname + ",@SUM(1),F,17.03.1990,Tashkent,,,\n";
		JsonNode report = run(http.as(Demo.CASE_MANAGER), "people.csv", csv(file), "mode=SKIP_INVALID");
		assertThat(report.get("invalid").asInt()).isEqualTo(2);
		assertThat(report.get("problems").toString()).contains("column «Given name»").contains("formula");
		assertThat(stored(surname)).isZero();

		byte[] workbook = xlsx(sheet -> {
			row(sheet, 0, "Surname", "Given name", "Sex", "Date of birth", "Region");
			row(sheet, 1, surname, "Madina", "F", "17.03.1990", "Tashkent");
			sheet.getRow(1).getCell(1).setCellFormula("CONCATENATE(\"Ma\",\"dina\")");
		});
		JsonNode xlsx = run(http.as(Demo.CASE_MANAGER), "people.xlsx", workbook, "mode=SKIP_INVALID");
		assertThat(xlsx.get("invalid").asInt()).isEqualTo(1);
		assertThat(stored(surname)).isZero();
	}

	@Test
	void aFileThatIsNotCsvOrXlsxIsRefusedWhateverItsName() {
		Http casemanager = http.as(Demo.CASE_MANAGER);
		Http.Response pdf = casemanager.postFile("/api/v1/imports", "people.csv", "text/csv",
				"%PDF-1.4\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(pdf.status()).isIn(400, 422);
		assertThat(pdf.text()).contains("not a CSV or XLSX file");
		Http.Response renamed = casemanager.postFile("/api/v1/imports", "people.xlsx", "application/octet-stream",
				csv(HEADING));
		assertThat(renamed.status()).isIn(400, 422);
		Http.Response xls = casemanager.postFile("/api/v1/imports", "people.xls", "application/vnd.ms-excel",
				new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 });
		assertThat(xls.status()).isIn(400, 422);
		assertThat(xls.text()).contains(".xlsx");
	}

	@Test
	void aCsvFileNotInUtf8IsRefusedUnlessWindows1251IsChosen() {
		String surname = unique();
		byte[] cp1251 = ("Фамилия,Имя,Пол,Дата рождения,Регион\nАхмедова" + ",Мадина,Ж,17.03.1990,Ташкент\n")
				.getBytes(Charset.forName("windows-1251"));
		Http.Response refused = http.as(Demo.CASE_MANAGER).postFile("/api/v1/imports", "people.csv", "text/csv",
				cp1251);
		assertThat(refused.status()).isIn(400, 422);
		assertThat(refused.text()).contains("not in UTF-8");

		JsonNode read = run(http.as(Demo.CASE_MANAGER), "people.csv", cp1251, "mode=CHECK&encoding=WINDOWS_1251");
		assertThat(read.get("status").asString()).as(read.toString()).isEqualTo("CHECKED");
		assertThat(read.get("invalid").asInt()).isZero();
		assertThat(stored(surname)).isZero();
	}

	@Test
	void aRoleThatMayNotRegisterPersonsMayNotImport() {
		String file = HEADING + unique() + ",Madina,F,17.03.1990,Tashkent,,,\n";
		for (String username : new String[] { Demo.HEALTH_SPECIALIST, Demo.ANALYST, Demo.ADMIN, Demo.AUDITOR }) {
			assertThat(http.as(username).postFile("/api/v1/imports", "people.csv", "text/csv", csv(file)).status())
					.as(username).isEqualTo(403);
		}
	}

	@Test
	void aRegionalUserCannotImportIntoAnotherRegion() {
		String surname = unique();
		String file = HEADING + surname + ",Madina,F,17.03.1990,Fergana Region,,,\n";
		JsonNode report = run(http.as(Demo.CASE_MANAGER), "people.csv", csv(file), "mode=SKIP_INVALID");
		assertThat(report.get("stored").asInt()).isZero();
		assertThat(report.get("problems").get(0).get("code").asString()).isEqualTo("imports.region.outOfScope");
		assertThat(stored(surname)).isZero();
	}

	@Test
	void anotherUserCannotReadSomeonesImport() {
		String file = HEADING + unique() + ",Madina,F,17.03.1990,Tashkent,,,\n";
		Http.Response started = http.as(Demo.CASE_MANAGER).postFile("/api/v1/imports?mode=CHECK", "people.csv",
				"text/csv", csv(file));
		String id = started.json().get("id").asString();
		assertThat(http.as(Demo.TASHKENT_COORDINATOR).get("/api/v1/imports/" + id).status()).isEqualTo(404);
	}

	interface SheetWriter {
		void write(XSSFSheet sheet);
	}

	private static byte[] xlsx(SheetWriter writer) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			writer.write(workbook.createSheet("Persons"));
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void row(XSSFSheet sheet, int index, String... cells) {
		var row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}
}

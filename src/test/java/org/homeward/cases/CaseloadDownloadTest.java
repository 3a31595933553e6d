package org.homeward.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.support.Demo;
import org.homeward.support.Fixtures;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The caseload downloads as CSV and XLSX with exactly what the reader's projection shows on the page: a coordinator
 * every column, a mahalla only name, age and locality; each person in it is audited as exported, and text that a
 * spreadsheet would run is written as text.
 */
@HomewardTest
class CaseloadDownloadTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorsDownloadHoldsTheCaseloadAsThePageShowsItInBothFormats() throws Exception {
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		String person = manager.post("/api/v1/persons", Fixtures.registration(Fixtures.person("=Formulova", "Aziza",
				"1995-05-05", Fixtures.regionId(manager, "Tashkent")), List.of())).json().get("id").asString();
		String number = manager.post("/api/v1/cases", Map.of("personId", person)).json().get("number").asString();

		Pages coordinator = Pages.signIn(port, Demo.COORDINATOR);
		var csv = coordinator.getBytes("/cases/caseload.csv?number=" + number);
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFCase number,Name,Age,Date of birth,Locality,Region,Stage,Case manager");
		assertThat(text).contains(number).contains("'=Formulova Aziza").contains("05.05.1995").contains("Reception");

		var xlsx = coordinator.getBytes("/cases/caseload.xlsx?number=" + number);
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<String> header = new ArrayList<>();
			workbook.getSheetAt(0).getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
			assertThat(header).startsWith("Case number", "Name", "Age", "Date of birth");
			Row row = workbook.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(number);
			assertThat(row.getCell(1).getCellType()).as("a formula in a name stays text")
					.isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
		}
		assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_entry WHERE actor = 'coordinator' AND action = 'EXPORT' AND record_type = 'PERSON'
				  AND record_id = ?""").param(person).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aMahallasDownloadHoldsOnlyTheMinimalProfile() {
		String text = new String(Pages.signIn(port, Demo.COMMUNITY_WORKER).getBytes("/cases/caseload.csv").body(),
				StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFName,Age,Locality");
		assertThat(text).doesNotContainPattern("\\d{2}\\.\\d{2}\\.\\d{4}").doesNotContain("UZ-TAS");
	}
}

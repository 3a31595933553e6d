package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A case manager in Tashkent moves her committee's spreadsheet in: uploads it, keeps the columns the headings
 * suggest and saves the mapping for next time, looks at the preview, runs it skipping the invalid row, and watches
 * the progress bar until the report says what was stored and which row was refused, and why.
 */
@HomewardTest
class ImportBrowserTest extends BrowserTestSupport {

	@Test
	void aCaseManagerUploadsMapsPreviewsAndRunsAnImport() throws IOException {
		String surname = "Brauzerova" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		Path file = Files.createTempFile("committee-", ".csv");
		Files.writeString(file, """
				Surname,Given name,Sex,Date of birth,Region,Household,Open case
				%1$s,Malika,F,12.04.1991,Tashkent,%1$s family,yes
				%1$s,Aziz,M,2016-02-01,Tashkent,%1$s family,no
				%1$s,Laylo,F,31.02.2018,Tashkent,%1$s family,no
				""".formatted(surname), StandardCharsets.UTF_8);
		try {
			browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);
			browser.click(By.cssSelector("a[href='/imports']"));
			browser.waitForText(By.tagName("h1"), "Import from a spreadsheet");
			browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			browser.click(By.id("upload"));

			browser.waitForText(By.tagName("h1"), "Map the columns");
			assertThat(browser.find(By.id("SURNAME_LATIN")).getAttribute("value")).isEqualTo("Surname");
			assertThat(browser.find(By.id("BIRTH_DATE")).getAttribute("value")).isEqualTo("Date of birth");
			browser.type(By.id("saveAs"), "Committee list " + surname);
			browser.screenshot("import-mapping-en");
			browser.click(By.id("toPreview"));

			browser.waitForText(By.tagName("h1"), "Preview");
			assertThat(browser.text(By.id("preview"))).contains(surname + " Malika").contains("12.04.1991")
					.contains("Give the date as");
			browser.screenshot("import-preview-en");
			browser.screenshot("import-preview-390", 390, 844);
			browser.click(By.id("mode-SKIP_INVALID"));
			browser.click(By.id("run"));

			browser.waitForText(By.tagName("h1"), "Import report");
			browser.find(By.cssSelector(".progress-bar"));
			browser.waitForText(By.id("import-status"), "Done");
			assertThat(browser.text(By.id("stored"))).isEqualTo("2");
			assertThat(browser.text(By.id("problems"))).contains("4").contains("Date of birth");
			browser.screenshot("import-report-en");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}
}

package org.homeward.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list a user downloads, as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read Cyrillic and
 * Uzbek letters) or as XLSX (streamed, a row at a time, whatever its length). Text that a spreadsheet would run as a
 * formula ("=...", "+...", "-...", "@...") is written as text, never as a formula. What goes in the table is the
 * caller's to decide, from the reader's projection; this only writes it.
 */
public final class TableDownload {

	private static final MediaType XLSX = MediaType
			.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** The two formats of every list's download. */
	public enum Format {
		CSV, XLSX;

		/** The format a path's ending names ("caseload.xlsx"), CSV otherwise. */
		public static Format of(String extension) {
			return "xlsx".equalsIgnoreCase(extension) ? XLSX : CSV;
		}
	}

	/**
	 * A table: its header in the reader's language, and its rows of text, whole numbers and dates.
	 *
	 * @param name the file's name without extension, in plain ASCII
	 */
	public record Table(String name, List<String> header, List<List<Object>> rows) {
	}

	private TableDownload() {
	}

	public static ResponseEntity<byte[]> of(Table table, Format format) {
		return of(table, format, List.of());
	}

	/**
	 * A table with notes that explain it (the definitions of what it counts, say): in XLSX the notes are further
	 * sheets after the table's; a CSV file holds one table, the first.
	 */
	public static ResponseEntity<byte[]> of(Table table, Format format, List<Table> notes) {
		byte[] body = format == Format.XLSX ? xlsx(table, notes) : csv(table);
		return ResponseEntity.ok()
				.contentType(format == Format.XLSX ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename(table.name() + "." + format.name().toLowerCase()).build().toString())
				.body(body);
	}

	private static byte[] csv(Table table) {
		var out = new ByteArrayOutputStream();
		try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				var csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
			writer.write('\uFEFF');
			csv.printRecord(table.header());
			for (List<Object> row : table.rows()) {
				csv.printRecord(row.stream().map(TableDownload::inert).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] xlsx(Table table, List<Table> notes) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			sheet(workbook, table, bold, date);
			for (Table note : notes) {
				sheet(workbook, note, bold, date);
			}
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void sheet(SXSSFWorkbook workbook, Table table, CellStyle bold, CellStyle date) {
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
		Row header = sheet.createRow(0);
		for (int c = 0; c < table.header().size(); c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(table.header().get(c));
			cell.setCellStyle(bold);
		}
		int r = 1;
		for (List<Object> values : table.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				Cell cell = row.createCell(c);
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate day) {
					cell.setCellValue(day);
					cell.setCellStyle(date);
				}
				else if (value != null) {
					cell.setCellValue(value.toString());
				}
			}
		}
	}

	/** A cell's text as a spreadsheet reads it without running it: a leading formula sign is quoted away. */
	private static Object inert(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value instanceof LocalDate day ? Dates.DAY_FIRST.format(day) : value;
	}
}

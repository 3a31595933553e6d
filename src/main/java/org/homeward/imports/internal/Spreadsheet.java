package org.homeward.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.homeward.imports.FileEncoding;
import org.homeward.shared.Refused;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An uploaded spreadsheet, read a row at a time: a CSV file through Commons CSV, an XLSX workbook's first sheet
 * through POI's streaming (SAX) reader, never as a whole workbook in memory. What kind of file it is is decided by
 * its first bytes, not by its name; a CSV file must decode in the encoding the user chose.
 */
public final class Spreadsheet {

	public enum Kind {
		CSV, XLSX
	}

	/** One row: its number as the spreadsheet shows it (the heading is row 1), its cells, and which are formulas. */
	public record Row(int number, List<String> cells, BitSet formulas) {

		public String cell(int index) {
			return index >= 0 && index < cells.size() ? cells.get(index) : null;
		}
	}

	/** Receives the rows in order; answers false to stop reading. */
	@FunctionalInterface
	public interface Rows {
		boolean accept(Row row);
	}

	private final Kind kind;
	private final byte[] content;
	private final FileEncoding encoding;

	private Spreadsheet(Kind kind, byte[] content, FileEncoding encoding) {
		this.kind = kind;
		this.content = content;
		this.encoding = encoding;
	}

	public Kind kind() {
		return kind;
	}

	/**
	 * The file, if it is a CSV or XLSX file whose name agrees with its content; refused (naming the field
	 * {@code file}) with a message that says what is wrong: another kind of file, an old .xls workbook, or a CSV
	 * file that is not in the encoding chosen.
	 */
	public static Spreadsheet of(String fileName, byte[] content, FileEncoding encoding) {
		if (content == null || content.length == 0) {
			throw new Refused("imports.file.empty", "file");
		}
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		boolean zip = startsWith(content, 0x50, 0x4B, 0x03, 0x04);
		if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new Refused("imports.file.oldExcel", "file");
		}
		if (name.endsWith(".xlsx")) {
			if (!zip || !isWorkbook(content)) {
				throw new Refused("imports.file.type", "file");
			}
			return new Spreadsheet(Kind.XLSX, content, encoding);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (zip || !looksLikeText(content)) {
				throw new Refused("imports.file.type", "file");
			}
			checkEncoding(content, encoding);
			return new Spreadsheet(Kind.CSV, content, encoding);
		}
		throw new Refused("imports.file.type", "file");
	}

	/** Reads the file again, as stored, without checking it anew. */
	public static Spreadsheet stored(Kind kind, byte[] content, FileEncoding encoding) {
		return new Spreadsheet(kind, content, encoding);
	}

	/** Reads every row, the heading first, until the receiver says stop. */
	public void read(Rows rows) {
		try {
			if (kind == Kind.CSV) {
				readCsv(rows);
			}
			else {
				readXlsx(rows);
			}
		}
		catch (Stop stop) {
			// the receiver has what it needs
		}
		catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
				| RuntimeException e) {
			if (e instanceof Refused refused) {
				throw refused;
			}
			throw new Refused("imports.file.unreadable", "file");
		}
	}

	/** Reads the rows under the heading, until the receiver says stop. */
	public void readData(Rows rows) {
		boolean[] heading = { true };
		read(row -> {
			if (heading[0]) {
				heading[0] = false;
				return true;
			}
			return rows.accept(row);
		});
	}

	/** The heading row's cells. */
	public List<String> headings() {
		List<String> headings = new ArrayList<>();
		read(row -> {
			headings.addAll(row.cells());
			return false;
		});
		return headings;
	}

	private void readCsv(Rows rows) throws IOException {
		int start = encoding == FileEncoding.UTF_8 && startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		char delimiter = delimiter(new String(content, start, Math.min(content.length - start, 4096),
				encoding.charset()));
		Reader reader = new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
				encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT));
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
				.setTrim(false).get();
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				List<String> cells = record.toList();
				BitSet formulas = new BitSet();
				for (int i = 0; i < cells.size(); i++) {
					if (startsLikeFormula(cells.get(i))) {
						formulas.set(i);
					}
				}
				if (!rows.accept(new Row(number, cells, formulas))) {
					throw new Stop();
				}
			}
		}
	}

	private void readXlsx(Rows rows)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				return;
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
				parser.setContentHandler(new SheetRows(strings, styles, rows));
				parser.parse(new InputSource(sheet));
			}
		}
	}

	/** A cell that a spreadsheet program would take for a formula: = + - @ first. Never evaluated here. */
	public static boolean startsLikeFormula(String cell) {
		if (cell == null || cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@';
	}

	/** The delimiter of the first line: comma, semicolon (as Excel writes CSV in Russian) or tab, by count. */
	private static char delimiter(String head) {
		int end = head.indexOf('\n');
		String line = end < 0 ? head : head.substring(0, end);
		char best = ',';
		long most = line.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = line.chars().filter(c -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	private static void checkEncoding(byte[] content, FileEncoding encoding) {
		if (encoding != FileEncoding.UTF_8) {
			return;
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
		}
		catch (CharacterCodingException e) {
			throw new Refused("imports.file.encoding", "encoding");
		}
	}

	private static boolean looksLikeText(byte[] content) {
		int n = Math.min(content.length, 8192);
		for (int i = 0; i < n; i++) {
			int b = content[i] & 0xFF;
			if (b == 0 || b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWorkbook(byte[] content) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			return new XSSFReader(pkg).getSheetsData().hasNext();
		}
		catch (IOException | OpenXML4JException | RuntimeException e) {
			return false;
		}
	}

	private static boolean startsWith(byte[] content, int... signature) {
		if (content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** Thrown to stop reading once the receiver has what it needs. */
	static final class Stop extends RuntimeException {
		Stop() {
			super(null, null, false, false);
		}
	}
}

package org.homeward.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.homeward.accounts.CurrentUser;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.reporting.Dashboard;
import org.homeward.reporting.DashboardCharts;
import org.homeward.reporting.FigureFormat;
import org.homeward.reporting.Indicator;
import org.homeward.reporting.Indicators;
import org.homeward.reporting.Quarter;
import org.homeward.reporting.Series;
import org.homeward.reporting.Shown;
import org.homeward.reporting.Submissions;
import org.homeward.shared.Refused;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicators workspace: every indicator with its trend, a pivot of any series by region, sex, age band and
 * quarter, and the downloads (CSV, XLSX, SDMX, the quarterly report PDF). Coordinators see exact figures, the analyst
 * figures under suppression; every download is recorded in the audit trail.
 */
@Controller
@RequestMapping("/reporting")
class ReportingPages {

	private final Indicators indicators;
	private final Submissions submissions;
	private final DashboardCharts charts;
	private final FigureFormat figures;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final QuarterlyReport report;

	ReportingPages(Indicators indicators, Submissions submissions, DashboardCharts charts, FigureFormat figures,
			MessageSource messages, AuditTrail audit, QuarterlyReport report) {
		this.indicators = indicators;
		this.submissions = submissions;
		this.charts = charts;
		this.figures = figures;
		this.messages = messages;
		this.audit = audit;
		this.report = report;
	}

	@GetMapping
	String workspace(CurrentUser user, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String series, @RequestParam(required = false) String rows,
			@RequestParam(required = false) String columns, Model model, Locale locale) {
		Quarter chosen = quarter(quarter);
		Dashboard dashboard = indicators.dashboard(user, chosen, locale);
		Series pivotSeries = series(series);
		Indicators.Dimension rowDimension = dimension(rows, dashboard.scope().national() ? Indicators.Dimension.REGION
				: Indicators.Dimension.AGE);
		Indicators.Dimension columnDimension = dimension(columns, Indicators.Dimension.SEX);
		if (rowDimension == columnDimension || (!dashboard.scope().national()
				&& (rowDimension == Indicators.Dimension.REGION || columnDimension == Indicators.Dimension.REGION))) {
			rowDimension = dashboard.scope().national() ? Indicators.Dimension.REGION : Indicators.Dimension.AGE;
			columnDimension = Indicators.Dimension.SEX;
		}
		Indicators.Pivot pivot = indicators.pivot(user, pivotSeries, chosen, rowDimension, columnDimension);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("trends", charts.trends(dashboard, locale));
		model.addAttribute("pivot", pivot);
		model.addAttribute("pivotChart", pivotChart(pivot, locale, dashboard));
		model.addAttribute("labels", labels(dashboard, locale));
		model.addAttribute("allSeries", allSeries());
		model.addAttribute("dimensions", dashboard.scope().national() ? List.of(Indicators.Dimension.values())
				: List.of(Indicators.Dimension.SEX, Indicators.Dimension.AGE, Indicators.Dimension.QUARTER));
		model.addAttribute("threshold", indicators.threshold());
		boolean national = user.regionId() == null;
		model.addAttribute("mayExportSdmx", national);
		model.addAttribute("maySubmit", national && user.has(org.homeward.accounts.Role.COORDINATOR));
		model.addAttribute("hubConfigured", submissions.hubConfigured());
		model.addAttribute("sent", national ? submissions.sent(user) : List.of());
		return "reporting/workspace";
	}

	@GetMapping("/download.csv")
	ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) String quarter, Locale locale) {
		Quarter chosen = quarter(quarter);
		List<Indicators.Line> lines = indicators.lines(user, chosen);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
			printer.printRecord(header(locale));
			for (Indicators.Line line : lines) {
				printer.printRecord(row(line, locale));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		audit.record(user.actor(), AuditAction.EXPORT, Submissions.RECORD_TYPE, chosen.toString(),
				"indicators CSV, " + lines.size() + " cells");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }; // so that spreadsheets read the Cyrillic right
		byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		return file(all, "text/csv;charset=UTF-8", "indicators-" + chosen + ".csv");
	}

	@GetMapping("/download.xlsx")
	ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(required = false) String quarter, Locale locale) {
		Quarter chosen = quarter(quarter);
		List<Indicators.Line> lines = indicators.lines(user, chosen);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(chosen.toString());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row head = sheet.createRow(0);
			List<String> header = header(locale);
			for (int i = 0; i < header.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (Indicators.Line line : lines) {
				Row row = sheet.createRow(r++);
				List<String> values = row(line, locale);
				for (int i = 0; i < values.size(); i++) {
					if (i == 9 && line.shown().present()) {
						row.createCell(i).setCellValue(line.shown().value());
					}
					else {
						row.createCell(i).setCellValue(values.get(i));
					}
				}
			}
			sheet.createFreezePane(0, 1);
			for (int i = 0; i < header.size(); i++) {
				sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 16 * 256);
			}
			Sheet definitions = workbook.createSheet(text("reporting.definition", locale));
			int d = 0;
			for (Indicator indicator : Indicator.values()) {
				Row row = definitions.createRow(d++);
				row.createCell(0).setCellValue(indicator.code());
				row.createCell(1).setCellValue(figures.name(indicator, locale));
				row.createCell(2).setCellValue(text("reporting.indicator." + indicator + ".numerator", locale));
				row.createCell(3).setCellValue(text("reporting.indicator." + indicator + ".denominator", locale));
				row.createCell(4).setCellValue(text("reporting.indicator." + indicator + ".source", locale));
			}
			workbook.write(out);
			audit.record(user.actor(), AuditAction.EXPORT, Submissions.RECORD_TYPE, chosen.toString(),
					"indicators XLSX, " + lines.size() + " cells");
			return file(out.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					"indicators-" + chosen + ".xlsx");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/sdmx")
	ResponseEntity<byte[]> sdmx(CurrentUser user, @RequestParam(required = false) String quarter,
			@RequestParam(defaultValue = "csv") String format, @RequestParam(defaultValue = "false") boolean signed) {
		Quarter chosen = quarter(quarter);
		Submissions.Format f = "json".equals(format) ? Submissions.Format.JSON : Submissions.Format.CSV;
		String body = submissions.export(user, chosen, f, signed);
		String extension = signed ? "jws" : f == Submissions.Format.CSV ? "csv" : "json";
		String type = signed ? "application/jose" : f == Submissions.Format.CSV ? "text/csv" : "application/json";
		return file(body.getBytes(StandardCharsets.UTF_8), type + ";charset=UTF-8",
				"sdmx-" + submissions.nodeId() + "-" + chosen + (signed ? "-" + format : "") + "." + extension);
	}

	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser user, @RequestParam(required = false) String quarter, Locale locale) {
		Quarter chosen = quarter(quarter);
		Dashboard dashboard = indicators.dashboard(user, chosen, locale);
		byte[] pdf = report.render(dashboard, locale);
		audit.record(user.actor(), AuditAction.EXPORT, Submissions.RECORD_TYPE, chosen.toString(),
				"quarterly report PDF" + (dashboard.scope().national() ? "" : " of " + dashboard.scope().regionCode()));
		return file(pdf, MediaType.APPLICATION_PDF_VALUE, "quarterly-report-" + chosen
				+ (dashboard.scope().national() ? "" : "-" + dashboard.scope().regionCode()) + ".pdf");
	}

	@PostMapping("/submissions")
	String submit(CurrentUser user, @RequestParam String quarter, RedirectAttributes redirect) {
		Quarter chosen = quarter(quarter);
		try {
			Submissions.Sent sent = submissions.submit(user, chosen);
			redirect.addFlashAttribute("notice", sent.status() == 201 ? "reporting.submit.done" : "reporting.submit.refused");
		}
		catch (Refused e) {
			redirect.addFlashAttribute("alert", e.messageKey());
		}
		return "redirect:/reporting?quarter=" + chosen;
	}

	private Quarter quarter(String text) {
		if (text == null || text.isBlank()) {
			return indicators.lastEnded();
		}
		try {
			Quarter quarter = Quarter.parse(text);
			return indicators.quarters().contains(quarter) ? quarter : indicators.lastEnded();
		}
		catch (IllegalArgumentException e) {
			return indicators.lastEnded();
		}
	}

	private static Series series(String text) {
		if (text != null) {
			String[] parts = text.split(":", 2);
			try {
				Indicator indicator = Indicator.valueOf(parts[0]);
				String category = parts.length > 1 ? parts[1] : indicator.categories().get(0);
				if (indicator.categories().contains(category)) {
					return new Series(indicator, category);
				}
			}
			catch (IllegalArgumentException e) {
				// fall back to the first series
			}
		}
		return Series.of(Indicator.RETURNED);
	}

	private static Indicators.Dimension dimension(String text, Indicators.Dimension fallback) {
		try {
			return text == null ? fallback : Indicators.Dimension.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			return fallback;
		}
	}

	private static List<Series> allSeries() {
		List<Series> all = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			for (String category : indicator.categories()) {
				all.add(new Series(indicator, category));
			}
		}
		return all;
	}

	/** The label of every code a pivot may show, in the reader's language. */
	private Map<String, String> labels(Dashboard dashboard, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>(dashboard.regionNames());
		labels.put("_T", text("reporting.total", locale));
		for (String sex : List.of("F", "M")) {
			labels.put(sex, text("reporting.sex." + sex, locale));
		}
		for (String age : List.of("Y0T4", "Y5T11", "Y12T17", "Y18T59", "Y_GE60")) {
			labels.put(age, text("reporting.age." + age, locale));
		}
		dashboard.quarters().forEach(q -> labels.put(q.toString(), q.toString()));
		return labels;
	}

	private String pivotChart(Indicators.Pivot pivot, Locale locale, Dashboard dashboard) {
		Map<String, String> labels = labels(dashboard, locale);
		List<String> columns = pivot.columnCodes().stream().filter(c -> !"_T".equals(c)).toList();
		List<String> rows = pivot.rowCodes().stream().filter(r -> !"_T".equals(r)).toList();
		Map<String, List<Shown>> series = new LinkedHashMap<>();
		for (String column : columns) {
			series.put(labels.getOrDefault(column, column),
					rows.stream().map(r -> pivot.cells().get(r).get(column)).toList());
		}
		return figures.chart(pivot.columns() == Indicators.Dimension.QUARTER ? "line" : "bar",
				rows.stream().map(r -> labels.getOrDefault(r, r)).toList(), series, pivot.series().indicator());
	}

	private List<String> header(Locale locale) {
		return List.of("INDICATOR", text("reporting.indicator", locale), "CATEGORY", "TIME_PERIOD", "REGION", "SEX",
				"AGE", text("reporting.region", locale), text("reporting.category", locale), "OBS_VALUE", "OBS_STATUS",
				text("reporting.base", locale));
	}

	private List<String> row(Indicators.Line line, Locale locale) {
		Indicator indicator = line.series().indicator();
		Shown shown = line.shown();
		return List.of(indicator.code(), figures.name(indicator, locale), line.series().category(),
				line.quarter().toString(), line.cell().region(), line.cell().sex(), line.cell().age(),
				line.cell().region(), figures.category(line.series().category(), locale),
				shown.present() ? String.valueOf(shown.value()) : "", shown.withheld() ? "C" : "A",
				shown.base() == null ? "" : String.valueOf(shown.base()));
	}

	private ResponseEntity<byte[]> file(byte[] body, String type, String name) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body(body);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}

package org.homeward.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.homeward.shared.InvalidValue;
import org.homeward.shared.Refused;
import org.homeward.shared.web.TableDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
		Indicators.Dimension rowDimension = dimension("rows", rows, dashboard.scope().national() ? Indicators.Dimension.REGION
				: Indicators.Dimension.AGE);
		Indicators.Dimension columnDimension = dimension("columns", columns, Indicators.Dimension.SEX);
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

	@GetMapping("/download.{format:csv|xlsx}")
	ResponseEntity<byte[]> download(CurrentUser user, @PathVariable String format,
			@RequestParam(required = false) String quarter, Locale locale) {
		Quarter chosen = quarter(quarter);
		TableDownload.Format as = TableDownload.Format.of(format);
		List<Indicators.Line> lines = indicators.lines(user, chosen);
		List<List<Object>> rows = lines.stream().map(line -> row(line, locale)).toList();
		List<List<Object>> definitions = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			definitions.add(List.of(indicator.code(), figures.name(indicator, locale),
					text("reporting.indicator." + indicator + ".numerator", locale),
					text("reporting.indicator." + indicator + ".denominator", locale),
					text("reporting.indicator." + indicator + ".source", locale)));
		}
		var response = TableDownload.of(new TableDownload.Table("indicators-" + chosen, header(locale), rows), as,
				List.of(new TableDownload.Table(text("reporting.definition", locale),
						List.of("INDICATOR", text("reporting.indicator", locale), text("reporting.numerator", locale),
								text("reporting.denominator", locale), text("reporting.source", locale)),
						definitions)));
		audit.record(user.actor(), AuditAction.EXPORT, Submissions.RECORD_TYPE, chosen.toString(),
				"indicators " + as + ", " + lines.size() + " cells");
		return response;
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
		return indicators.chosen(text);
	}

	private static Series series(String text) {
		if (text != null && !text.isBlank()) {
			String[] parts = text.split(":", 2);
			try {
				Indicator indicator = Indicator.valueOf(parts[0]);
				String category = parts.length > 1 ? parts[1] : indicator.categories().get(0);
				if (indicator.categories().contains(category)) {
					return new Series(indicator, category);
				}
			}
			catch (IllegalArgumentException e) {
				// refused below
			}
			throw new InvalidValue("series", "reporting.series.invalid");
		}
		return Series.of(Indicator.RETURNED);
	}

	private static Indicators.Dimension dimension(String field, String text, Indicators.Dimension fallback) {
		try {
			return text == null || text.isBlank() ? fallback : Indicators.Dimension.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidValue(field, "reporting.dimension.invalid");
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

	/** A line of the download: the value and its base as numbers, so that a spreadsheet can add them up. */
	private List<Object> row(Indicators.Line line, Locale locale) {
		Indicator indicator = line.series().indicator();
		Shown shown = line.shown();
		return java.util.Arrays.asList(indicator.code(), figures.name(indicator, locale), line.series().category(),
				line.quarter().toString(), line.cell().region(), line.cell().sex(), line.cell().age(),
				line.cell().region(), figures.category(line.series().category(), locale),
				shown.present() ? shown.value() : null, shown.withheld() ? "C" : "A", shown.base());
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

package org.homeward.reporting.web;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.homeward.reporting.AgeBand;
import org.homeward.reporting.Dashboard;
import org.homeward.reporting.FigureFormat;
import org.homeward.reporting.Indicator;
import org.homeward.reporting.Shown;
import org.homeward.shared.web.Dates;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly report as a PDF, national or regional as the reader's scope is: per indicator, its chart (drawn by
 * JFreeChart), its table and its definition, in the reader's language. A coordinator's report holds exact figures and
 * says it is for use inside the node; the analyst's holds the suppressed ones.
 */
@Component
class QuarterlyReport {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
	private static final Color HOMEWARD = new Color(0x1f, 0x4e, 0x5f);

	private final FigureFormat figures;
	private final MessageSource messages;
	private final Dates dates;
	private final java.awt.Font chartFont;

	QuarterlyReport(FigureFormat figures, MessageSource messages, Dates dates) {
		this.figures = figures;
		this.messages = messages;
		this.dates = dates;
		// the same font as the text, so that Cyrillic and Uzbek letters draw in charts on a server without fonts
		try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream(FONT)) {
			this.chartFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
		}
		catch (IOException | java.awt.FontFormatException | NullPointerException e) {
			throw new IllegalStateException("no font for charts", e);
		}
	}

	byte[] render(Dashboard dashboard, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		try {
			PdfWriter.getInstance(document, out);
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Font title = new Font(base, 16, Font.BOLD);
			Font heading = new Font(base, 12, Font.BOLD);
			Font text = new Font(base, 9);
			Font small = new Font(base, 7.5f);
			document.addTitle(text("reporting.report.title", locale));
			document.open();
			String scope = dashboard.scope().national() ? text("reporting.dashboard.national", locale)
					: text("reporting.dashboard.regional", locale,
							dashboard.regionNames().get(dashboard.scope().regionCode()));
			document.add(new Paragraph(text("reporting.report.title", locale) + " · " + dashboard.quarter(), title));
			document.add(new Paragraph(scope, heading));
			document.add(new Paragraph(dashboard.scope().exact() ? text("reporting.exactNote", locale)
					: text("reporting.withheld.legend", locale, 5), small));
			if (dashboard.refreshedAt() != null) {
				document.add(new Paragraph(text("reporting.refreshed", locale, dates.dateTime(dashboard.refreshedAt())),
						small));
			}
			for (Dashboard.Panel panel : dashboard.panels()) {
				Indicator indicator = panel.indicator();
				Paragraph name = new Paragraph(figures.name(indicator, locale), heading);
				name.setSpacingBefore(12);
				document.add(name);
				document.add(chart(panel, locale));
				document.add(table(panel, locale, text, dashboard));
				document.add(new Paragraph(text("reporting.numerator", locale) + ": "
						+ text("reporting.indicator." + indicator + ".numerator", locale) + ". "
						+ text("reporting.denominator", locale) + ": "
						+ text("reporting.indicator." + indicator + ".denominator", locale) + ". "
						+ text("reporting.source", locale) + ": "
						+ text("reporting.indicator." + indicator + ".source", locale) + ".", small));
			}
			document.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private Image chart(Dashboard.Panel panel, Locale locale) throws IOException {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Indicator indicator = panel.indicator();
		if (panel.rows().size() == 1) {
			Dashboard.Row row = panel.rows().get(0);
			AgeBand[] bands = AgeBand.values();
			for (int i = 0; i < bands.length; i++) {
				Shown shown = row.byAge().get(i);
				data.addValue(shown.present() ? shown.value() : null, figures.name(indicator, locale),
						text("reporting.age." + bands[i].code(), locale));
			}
		}
		else {
			for (Dashboard.Row row : panel.rows()) {
				Shown shown = row.total();
				data.addValue(shown.present() ? shown.value() : null, figures.name(indicator, locale),
						figures.category(row.series().category(), locale));
			}
		}
		JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false,
				false);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setSeriesPaint(0, HOMEWARD);
		renderer.setMaximumBarWidth(0.08);
		CategoryAxis axis = plot.getDomainAxis();
		axis.setTickLabelFont(chartFont.deriveFont(9f));
		if (panel.rows().size() > 5) {
			axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		plot.getRangeAxis().setTickLabelFont(chartFont.deriveFont(9f));
		if (indicator.kind() == Indicator.Kind.PERCENT) {
			plot.getRangeAxis().setRange(0, 100);
		}
		BufferedImage image = chart.createBufferedImage(1000, panel.rows().size() > 5 ? 420 : 320);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ChartUtils.writeBufferedImageAsPNG(png, image);
		Image picture = Image.getInstance(png.toByteArray());
		picture.scaleToFit(500, 210);
		picture.setAlignment(Element.ALIGN_CENTER);
		return picture;
	}

	private PdfPTable table(Dashboard.Panel panel, Locale locale, Font font, Dashboard dashboard) {
		Indicator indicator = panel.indicator();
		List<String> columns = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		if (panel.rows().size() == 1) {
			Dashboard.Row row = panel.rows().get(0);
			columns.add(text("reporting.total", locale));
			columns.add(text("reporting.sex.F", locale));
			columns.add(text("reporting.sex.M", locale));
			for (AgeBand band : AgeBand.values()) {
				columns.add(text("reporting.age." + band.code(), locale));
			}
			List<String> values = new ArrayList<>();
			values.add(figures.format(row.total(), indicator, locale));
			row.bySex().forEach(s -> values.add(figures.format(s, indicator, locale)));
			row.byAge().forEach(s -> values.add(figures.format(s, indicator, locale)));
			rows.add(values);
		}
		else {
			columns.add(text("reporting.category", locale));
			columns.add(text("reporting.sex.F", locale));
			columns.add(text("reporting.sex.M", locale));
			columns.add(text("reporting.total", locale));
			for (Dashboard.Row row : panel.rows()) {
				rows.add(List.of(figures.category(row.series().category(), locale),
						figures.format(row.bySex().get(0), indicator, locale),
						figures.format(row.bySex().get(1), indicator, locale),
						figures.format(row.total(), indicator, locale)));
			}
		}
		PdfPTable table = new PdfPTable(columns.size());
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setHeaderRows(1);
		for (String column : columns) {
			PdfPCell cell = new PdfPCell(new Phrase(column, font));
			cell.setBackgroundColor(new Color(0xee, 0xf2, 0xf4));
			table.addCell(cell);
		}
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				PdfPCell cell = new PdfPCell(new Phrase(row.get(i), font));
				cell.setHorizontalAlignment(i == 0 && panel.rows().size() > 1 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
				table.addCell(cell);
			}
		}
		return table;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}

package org.homeward.cases.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.homeward.accounts.CurrentUser;
import org.homeward.cases.Access;
import org.homeward.cases.CaseView;
import org.homeward.cases.Cases;
import org.homeward.cases.Plan;
import org.homeward.cases.SectionForm;
import org.homeward.shared.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case summary for the paper case file: what the reader may see of the case, and nothing else, in the reader's
 * language. The font is embedded and covers Cyrillic and Uzbek Latin.
 */
@Component
class CaseSummaryPdf {

	private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final Cases cases;
	private final MessageSource messages;
	private final Dates dates;

	CaseSummaryPdf(Cases cases, MessageSource messages, Dates dates) {
		this.cases = cases;
		this.messages = messages;
		this.dates = dates;
	}

	byte[] render(UUID id, CurrentUser user, Locale locale) {
		Cases.CaseExport export = cases.export(id, user);
		CaseView view = export.view();
		try {
			BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			Font title = new Font(base, 16);
			Font heading = new Font(base, 12, Font.BOLD);
			Font text = new Font(base, 9);
			Font small = new Font(base, 7);
			var out = new ByteArrayOutputStream();
			var document = new Document(PageSize.A4, 40, 40, 40, 40);
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph(msg("pdf.title", locale), small));
			document.add(new Paragraph(view.person().name(), title));
			PdfPTable core = table();
			if (view.number() != null) {
				row(core, msg("case.number", locale), view.number(), text);
			}
			if (view.stage() != null) {
				row(core, msg("case.stage", locale), msg("case.stage." + view.stage(), locale), text);
			}
			if (view.person().age() != null) {
				row(core, msg("case.age", locale), String.valueOf(view.person().age()), text);
			}
			if (view.person().birthDate() != null) {
				row(core, msg("case.birthDate", locale), dates.date(view.person().birthDate()), text);
			}
			row(core, msg("case.locality", locale), nullToEmpty(view.person().locality()), text);
			if (view.caseManager() != null) {
				row(core, msg("case.caseManager", locale), view.caseManager().displayName(), text);
			}
			if (view.flags() != null && !view.flags().isEmpty()) {
				row(core, msg("case.flags", locale), String.join(", ",
						view.flags().stream().map(f -> msg("case.flag." + f, locale)).toList()), text);
			}
			document.add(core);
			for (CaseView.SectionView section : view.sections()) {
				document.add(new Paragraph(msg("section." + section.section(), locale), heading));
				PdfPTable fields = table();
				SectionForm form = SectionForm.of(section.section());
				if (form.hasStatus() && section.access().atLeast(Access.STATUS) && section.status() != null) {
					row(fields, label(section, form.status().name(), locale),
							choice(section, form.status(), section.status(), locale), text);
				}
				if (section.access().atLeast(Access.READ)) {
					for (SectionForm.Field field : form.fields()) {
						String value = section.fields().get(field.name());
						if (value != null) {
							row(fields, label(section, field.name(), locale), choice(section, field, value, locale), text);
						}
					}
					for (CaseView.Note note : section.notes()) {
						row(fields, dates.date(note.notedOn()), note.text(), text);
					}
				}
				document.add(fields);
			}
			if (!export.plan().goals().isEmpty()) {
				document.add(new Paragraph(msg("plan.title", locale), heading));
				PdfPTable plan = table();
				for (Plan.Goal goal : export.plan().goals()) {
					row(plan, msg("section." + goal.domain(), locale), goal.description(), text);
					for (Plan.Action action : goal.actions()) {
						row(plan, dates.date(action.dueDate()),
								action.description() + " (" + msg("plan.status." + action.status(), locale) + ")", text);
					}
				}
				document.add(plan);
			}
			document.add(new Paragraph(msg("pdf.footer", locale, user.username()), small));
			document.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String label(CaseView.SectionView section, String field, Locale locale) {
		return msg("section." + section.section() + "." + field, locale);
	}

	/** A field's value as the case page shows it: a choice in words, a date day first like every other date. */
	private String choice(CaseView.SectionView section, SectionForm.Field field, String value, Locale locale) {
		if (field.kind() == SectionForm.Kind.DATE) {
			return dates.isoDate(value);
		}
		return field.kind() == SectionForm.Kind.CHOICE || field.kind() == SectionForm.Kind.YES_NO
				? msg(field.kind() == SectionForm.Kind.YES_NO ? "section.yesNo." + value
						: "section." + section.section() + "." + field.name() + "." + value, locale)
				: value;
	}

	private static PdfPTable table() {
		PdfPTable table = new PdfPTable(new float[] { 1, 3 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		return table;
	}

	private static void row(PdfPTable table, String label, String value, Font font) {
		PdfPCell left = new PdfPCell(new Paragraph(label, font));
		left.setBorder(0);
		PdfPCell right = new PdfPCell(new Paragraph(value, font));
		right.setBorder(0);
		right.setHorizontalAlignment(Element.ALIGN_LEFT);
		table.addCell(left);
		table.addCell(right);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}

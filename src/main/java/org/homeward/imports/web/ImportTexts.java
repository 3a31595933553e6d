package org.homeward.imports.web;

import java.util.Locale;

import org.homeward.imports.ImportProblem;
import org.springframework.context.MessageSource;

/** The words of a report in the reader's language: "Row 5, column «Birth date»: give the date as 17.03.2014 …". */
final class ImportTexts {

	private ImportTexts() {
	}

	static String problem(ImportProblem p, MessageSource messages, Locale locale) {
		String what = messages.getMessage(p.messageKey(), p.argument() == null ? null : new Object[] { p.argument() }, p.messageKey(), locale);
		String where = p.row() == 0 ? messages.getMessage("imports.problem.file", null, locale)
				: p.column() == null ? messages.getMessage("imports.problem.row", new Object[] { p.row() }, locale)
						: messages.getMessage("imports.problem.cell", new Object[] { p.row(), p.column() }, locale);
		return where + ": " + what;
	}
}

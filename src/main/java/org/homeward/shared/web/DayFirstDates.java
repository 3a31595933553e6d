package org.homeward.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates in forms as people in the member states write them, day first ("25.12.2019"), whatever the browser's own
 * language: a form shows a date so and takes it so, and takes the ISO form ("2019-12-25") too, which scripts and
 * older bookmarks send. JSON is not concerned: the API speaks ISO dates.
 */
@Configuration(proxyBeanMethods = false)
class DayFirstDates implements WebMvcConfigurer {

	static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final List<DateTimeFormatter> ACCEPTED = List.of(DateTimeFormatter.ofPattern("d.M.uuuu"),
			DateTimeFormatter.ISO_LOCAL_DATE);

	static final Formatter<LocalDate> FORMATTER = new Formatter<>() {

		@Override
		public String print(LocalDate date, Locale locale) {
			return DAY_FIRST.format(date);
		}

		@Override
		public LocalDate parse(String text, Locale locale) throws ParseException {
			String typed = text.strip();
			for (DateTimeFormatter format : ACCEPTED) {
				try {
					return LocalDate.parse(typed, format);
				}
				catch (DateTimeParseException notThisOne) {
					// try the next way of writing it
				}
			}
			throw new ParseException("not a date: day.month.year", 0);
		}
	};

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, FORMATTER);
		registry.addFormatterForFieldAnnotation(new AnnotationFormatterFactory<DateTimeFormat>() {

			@Override
			public Set<Class<?>> getFieldTypes() {
				return Set.of(LocalDate.class);
			}

			@Override
			public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
				return FORMATTER;
			}

			@Override
			public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
				return FORMATTER;
			}
		});
	}
}

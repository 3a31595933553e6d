package org.homeward.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * When PostgreSQL cannot be reached, every request, wherever it meets the database (the session, sign-in, a page, the
 * API), answers at once with 503 and a Retry-After, as a problem detail on the API and a short page elsewhere, in the
 * user's language, instead of a 500 after a long wait. Nothing is half-saved: the request's transaction did not
 * commit. The pool reconnects by itself when the database is back, without a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailable extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final ProblemWriter problems;
	private final MessageSource messages;

	DatabaseUnavailable(ProblemWriter problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			if (!causedByUnreachableDatabase(e) || response.isCommitted()) {
				throw e;
			}
			log.warn("The database cannot be reached: answered 503 to {} {}", request.getMethod(), request.getRequestURI());
			answer(request, response);
		}
	}

	/** Answers 503 for a request that met an unreachable database. */
	public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setHeader("Retry-After", "10");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
			return;
		}
		Locale locale = request.getLocale();
		String title = messages.getMessage("databaseUnavailable.title", null, locale);
		String text = messages.getMessage("databaseUnavailable.text", null, locale);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage())
				+ "\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
				+ "</title><link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\"></head>"
				+ "<body class=\"container py-4\"><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
				+ HtmlUtils.htmlEscape(text) + "</p></body></html>");
	}

	/** Whether the database could not be reached (no connection, or the connection was lost). */
	public static boolean causedByUnreachableDatabase(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("57P01")
							|| sql.getSQLState().equals("57P03"))) {
				return true; // connection exception; admin shutdown; cannot connect now
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}
}

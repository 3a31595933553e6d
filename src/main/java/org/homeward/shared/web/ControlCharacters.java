package org.homeward.shared.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No text with a control character (a NUL byte, a bell, an escape: anything below U+0020 but tab, line feed and
 * carriage return) is taken from a query, a form or the name of an uploaded file: the request is refused with 400
 * naming each such field, as a problem detail on the API and as the error page on pages. JSON bodies are checked
 * as they are read ({@link StrictJson}).
 */
@Component
@Order(ControlCharacters.ORDER)
public class ControlCharacters extends OncePerRequestFilter {

	/**
	 * Just before Spring Security (-100), which reads the form's CSRF token: a multipart form whose file name holds a
	 * NUL is refused by Tomcat as soon as anyone reads a parameter, and is answered here rather than as a 500.
	 */
	static final int ORDER = -101;

	static final String MESSAGE = "input.controlCharacter";

	private final ProblemWriter problems;

	ControlCharacters(ProblemWriter problems) {
		this.problems = problems;
	}

	/** Whether the text holds a control character other than tab, line feed and carriage return. */
	public static boolean containsControlCharacter(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<BadInput> refused = new ArrayList<>();
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (InvalidFileNameException e) {
			// Tomcat's multipart parser stops at a NUL in a file name, before anyone can know the field's name
			refuse(request, response, List.of(BadInput.of("filename", MESSAGE)));
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			boolean bad = containsControlCharacter(parameter.getKey());
			for (String value : parameter.getValue()) {
				bad |= containsControlCharacter(value);
			}
			if (bad) {
				refused.add(BadInput.of(printable(parameter.getKey()), MESSAGE));
			}
		}
		for (Part part : fileParts(request)) {
			if (containsControlCharacter(part.getSubmittedFileName())) {
				refused.add(BadInput.of(printable(part.getName()), MESSAGE));
			}
		}
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		refuse(request, response, refused);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, List<BadInput> refused)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.invalid", refused);
		}
		else {
			BadInput.remember(request, refused);
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	private static List<Part> fileParts(HttpServletRequest request) throws IOException {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return List.of();
		}
		try {
			return request.getParts().stream().filter(part -> part.getSubmittedFileName() != null).toList();
		}
		catch (ServletException | IllegalStateException unreadable) {
			return List.of(); // too large or malformed: what reads the parts answers it
		}
	}

	/** A field's name as it can be shown: its control characters written as {@code \}{@code u0000}. */
	private static String printable(String name) {
		StringBuilder shown = new StringBuilder();
		name.chars().forEach(c -> shown.append(c < 0x20 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return shown.toString();
	}
}

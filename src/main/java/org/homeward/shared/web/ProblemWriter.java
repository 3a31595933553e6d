package org.homeward.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem detail from outside Spring MVC (security filters, request limits), in the caller's
 * language, so that API clients get the same shape of error everywhere.
 */
@Component
public class ProblemWriter {

	private final MessageSource messages;
	private final JsonMapper json;

	ProblemWriter(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		write(request, response, status, messageKey, List.of());
	}

	/** A problem detail that names the refused fields under {@code errors}, each with its message. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
			List<BadInput> fields) throws IOException {
		Locale locale = RequestContextUtils.getLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(messageKey, null, messageKey, locale));
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setProperty("code", messageKey);
		if (!fields.isEmpty()) {
			problem.setProperty("errors", BadInput.resolveAll(fields, messages, locale));
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}

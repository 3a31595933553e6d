package org.homeward.shared.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.homeward.shared.InvalidValue;
import org.homeward.shared.UnknownReference;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input on the pages answers as on the API: 400 for a value that cannot be read or is out of bounds, 422 for a
 * field that names no record, with the error page naming each field in the user's language
 * ({@code templates/error/4xx.html}); never 500, and nothing saved. The API's controllers are answered by
 * {@link ApiProblems}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(UnreadableField.class)
	void unreadable(UnreadableField e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpStatus.BAD_REQUEST, List.of(e.field()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadable(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String type = e.getRequiredType() == null ? "" : e.getRequiredType().getName();
		refuse(request, response, HttpStatus.BAD_REQUEST, List.of(new BadInput(e.getName(),
				new DefaultMessageSourceResolvable(new String[] { "typeMismatch." + e.getName(), "typeMismatch." + type,
						"typeMismatch" }))));
	}

	@ExceptionHandler(InvalidValue.class)
	void invalid(InvalidValue e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpStatus.BAD_REQUEST, List.of(BadInput.of(e.field(), e.messageKey())));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	void invalid(ConstraintViolationException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		refuse(request, response, HttpStatus.BAD_REQUEST, BadInput.of(e));
	}

	@ExceptionHandler(UnknownReference.class)
	void unknown(UnknownReference e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
				List.of(BadInput.of(RequestFields.qualify(e.field(), request), e.messageKey())));
	}

	/** The foreign key's safety net, as on the API: a reference to nothing is 422, any other failure stays one. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	void integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		var missing = MissingReference.of(e).orElseThrow(() -> e);
		refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
				List.of(BadInput.of(missing.fieldOf(request), MissingReference.MESSAGE)));
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			List<BadInput> fields) throws IOException {
		BadInput.remember(request, fields);
		response.sendError(status.value());
	}
}

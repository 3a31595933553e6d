package org.homeward.shared.web;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.homeward.shared.InvalidValue;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.homeward.shared.UnknownReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the REST API as an RFC 9457 problem detail in the caller's language: 400 naming each bad field
 * (by its path in the JSON body, or the query parameter), 403, 404, 409 with the stored version for a stale edit,
 * 413, 422 for a refused command or a field that names no record; never a stack trace, SQL or a value sent.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(RecordNotFound.class)
	ProblemDetail notFound(RecordNotFound e) {
		return problem(HttpStatus.NOT_FOUND, "problem.notFound");
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ProblemDetail forbidden(RuntimeException e) {
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@ExceptionHandler(StaleVersion.class)
	ProblemDetail stale(StaleVersion e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "problem.staleVersion");
		problem.setProperty("yourVersion", e.attemptedVersion());
		problem.setProperty("currentVersion", e.currentVersion());
		return problem;
	}

	@ExceptionHandler(Refused.class)
	ProblemDetail refused(Refused e, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey());
		problem.setProperty("code", e.messageKey());
		if (e.field() != null) {
			problem.setProperty("errors",
					errors(List.of(BadInput.of(RequestFields.qualify(e.field(), request), e.messageKey()))));
		}
		return problem;
	}

	/** No database connection within the bounded wait: the service is overloaded, not broken. */
	@ExceptionHandler({ org.springframework.jdbc.CannotGetJdbcConnectionException.class,
			org.springframework.transaction.CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> overloaded(RuntimeException e) {
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "scale.overload");
		problem.setProperty("code", "scale.overload");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler(UnknownReference.class)
	ProblemDetail unknownReference(UnknownReference e, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey());
		problem.setProperty("code", e.messageKey());
		problem.setProperty("errors",
				errors(List.of(BadInput.of(RequestFields.qualify(e.field(), request), e.messageKey()))));
		return problem;
	}

	/** A reference to nothing that no check of the command caught, as the database's foreign key found it. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
		var missing = MissingReference.of(e);
		if (missing.isEmpty()) {
			return unexpected(e);
		}
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, MissingReference.MESSAGE);
		problem.setProperty("code", MissingReference.MESSAGE);
		problem.setProperty("errors",
				errors(List.of(BadInput.of(missing.get().fieldOf(request), MissingReference.MESSAGE))));
		return problem;
	}

	@ExceptionHandler(InvalidValue.class)
	ProblemDetail invalidValue(InvalidValue e) {
		return invalid(List.of(BadInput.of(e.field(), e.messageKey())));
	}

	@ExceptionHandler(UnreadableField.class)
	ProblemDetail unreadable(UnreadableField e) {
		return invalid(List.of(e.field()));
	}

	/** A query parameter out of its bounds ({@code size=100000}), named by the parameter. */
	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		return invalid(BadInput.of(e));
	}

	private ProblemDetail invalid(List<BadInput> fields) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		problem.setProperty("errors", errors(fields));
		return problem;
	}

	private List<Map<String, String>> errors(List<BadInput> fields) {
		return BadInput.resolveAll(fields, messages, LocaleContextHolder.getLocale());
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error answering an API request", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		List<Map<String, String>> errors = new ArrayList<>();
		for (var error : e.getBindingResult().getAllErrors()) {
			String field = error instanceof FieldError fieldError ? fieldError.getField() : error.getObjectName();
			errors.add(Map.of("field", field, "message", messages.getMessage(error, locale)));
		}
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.invalid");
		List<Map<String, String>> errors = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
				Map.of("field", result.getMethodParameter().getParameterName(), "message",
						messages.getMessage(error, locale)))));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof RequestSizeLimit.TooLarge) {
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
						.body(problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge"));
			}
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.unreadable");
		if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = mismatch.getPath().stream()
					.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
					.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
			problem.setProperty("errors", errors(List.of(BadInput.of(field, unreadable(mismatch)))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/** What to send instead: a text without control characters, a date as text, a whole number. */
	private static String unreadable(MismatchedInputException mismatch) {
		return mismatch instanceof StrictJson.ControlCharacterInText ? ControlCharacters.MESSAGE
				: unreadable(mismatch.getTargetType());
	}

	private static String unreadable(Class<?> type) {
		if (type != null && Temporal.class.isAssignableFrom(type)) {
			return "input.date";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return "input.wholeNumber";
		}
		return "problem.unreadable.field";
	}

	/** A query or path parameter that cannot be read as its type ({@code page=1.5}), named by the parameter. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: e.getPropertyName();
		return ResponseEntity.badRequest()
				.body(invalid(List.of(BadInput.of(field, unreadable(e.getRequiredType())))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(List.of(BadInput.of(e.getParameterName(),
				"jakarta.validation.constraints.NotNull.message"))));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			localise(problem);
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private ProblemDetail problem(HttpStatus status, String messageKey) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
		localise(problem);
		return problem;
	}

	private void localise(ProblemDetail problem) {
		problem.setTitle(messages.getMessage("problem.title." + problem.getStatus(), null, problem.getTitle(),
				LocaleContextHolder.getLocale()));
	}
}

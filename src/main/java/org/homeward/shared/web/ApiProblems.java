package org.homeward.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the REST API as an RFC 9457 problem detail in the caller's language: 400 naming each bad field,
 * 403, 404, 409 with the stored version for a stale edit, 413, 422 for a refused command; never a stack trace.
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
	ProblemDetail refused(Refused e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey());
		problem.setProperty("code", e.messageKey());
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
			problem.setProperty("errors", List.of(Map.of("field", field, "message",
					messages.getMessage("problem.unreadable.field", null, LocaleContextHolder.getLocale()))));
		}
		return ResponseEntity.badRequest().body(problem);
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

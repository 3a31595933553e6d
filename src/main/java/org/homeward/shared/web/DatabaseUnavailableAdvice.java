package org.homeward.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page or API request whose transaction could not reach the database answers 503 (see
 * {@link DatabaseUnavailable}), before the API's catch-all turns it into a 500.
 */
@ControllerAdvice
@Order(-1)
class DatabaseUnavailableAdvice {

	private final DatabaseUnavailable unavailable;

	DatabaseUnavailableAdvice(DatabaseUnavailable unavailable) {
		this.unavailable = unavailable;
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class })
	void unreachable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		unavailable.answer(request, response);
	}
}

package org.homeward.shared.validation;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	@Override
	public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
		return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now()));
	}
}

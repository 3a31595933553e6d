package org.homeward.shared.web;

import org.springframework.beans.TypeMismatchException;

/**
 * A form or query field whose value cannot be read as its type (letters for a number, a number for a date, a
 * fraction for a whole number): refused whole with 400 naming the field, before the handler runs, rather than
 * bound as empty.
 */
class UnreadableField extends RuntimeException {

	private final BadInput field;

	UnreadableField(BadInput field, TypeMismatchException cause) {
		super(field.field() + " cannot be read as " + cause.getRequiredType(), cause);
		this.field = field;
	}

	BadInput field() {
		return field;
	}
}

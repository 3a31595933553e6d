package org.homeward.shared;

/**
 * A value outside what a field or parameter allows, found where no form validation runs (a page number, say):
 * answered 400 naming the field, never corrected silently.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class InvalidValue extends RuntimeException {

	private final String field;
	private final String messageKey;

	public InvalidValue(String field, String messageKey) {
		super(field + " is not valid");
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}

package org.homeward.shared;

/**
 * A field that names another record (an organisation, a region, a case) which does not exist or which the user may
 * not reach: both answer the same, so that the answer never confirms that a record exists. Checked before any rule
 * of the command, and answered 422 naming the field, on the API and on the pages alike.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class UnknownReference extends RuntimeException {

	private final String field;
	private final String messageKey;

	/**
	 * @param field the field as the caller sent it: its path in a JSON body, its name in a form
	 * @param messageKey the message that says what to choose instead, in the bundles
	 */
	public UnknownReference(String field, String messageKey) {
		super(field + " names no record the user may reach");
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

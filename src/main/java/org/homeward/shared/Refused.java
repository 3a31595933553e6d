package org.homeward.shared;

/**
 * A command the rules of the programme do not allow in the record's current state; the message key names the
 * rule in the message bundles, so that the user reads it in their language.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class Refused extends RuntimeException {

	private final String messageKey;
	private final String field;

	public Refused(String messageKey) {
		this(messageKey, null);
	}

	/**
	 * A refusal that one field of the command causes (a date before the person's birth, say).
	 *
	 * @param field the field as the caller sent it, named in the answer
	 */
	public Refused(String messageKey, String field) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The field that causes the refusal, or null when it is the command as a whole. */
	public String field() {
		return field;
	}
}

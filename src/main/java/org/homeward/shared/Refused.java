package org.homeward.shared;

/**
 * A command the rules of the programme do not allow in the record's current state; the message key names the
 * rule in the message bundles, so that the user reads it in their language.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
public class Refused extends RuntimeException {

	private final String messageKey;

	public Refused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}

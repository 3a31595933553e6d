package org.homeward.assessments;

import org.homeward.shared.Refused;

/** An answer to an item the instrument does not have, or with an option the item does not offer. */
public class InvalidAnswer extends Refused {

	private final String itemCode;

	public InvalidAnswer(String messageKey, String itemCode) {
		super(messageKey);
		this.itemCode = itemCode;
	}

	public String itemCode() {
		return itemCode;
	}
}

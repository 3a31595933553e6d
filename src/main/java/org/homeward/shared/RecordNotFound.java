package org.homeward.shared;

/**
 * A record that does not exist, or that the user may not know exists: both answer the same, so that a refusal
 * never confirms that a person is registered.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {
	public RecordNotFound(String recordType) {
		super(recordType + " not found");
	}
}

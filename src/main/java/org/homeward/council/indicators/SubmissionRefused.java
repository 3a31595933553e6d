package org.homeward.council.indicators;

/**
 * A submission the hub does not import, and why: the message key of the reason (which is also its {@code code} in
 * the problem detail), the HTTP status it answers with, and a detail such as the offending code.
 */
public class SubmissionRefused extends RuntimeException {

	public enum Reason {
		/** Not a JWS, or a JWS whose SDMX does not follow the structure. */
		MALFORMED(400),
		/** No signature, or the "none" algorithm. */
		UNSIGNED(401),
		/** Signed by a node the register does not know, or that is deactivated. */
		UNKNOWN_NODE(401),
		/** Signed with a key other than the one registered for its node. */
		WRONG_KEY(401),
		/** The signature does not verify: the message was changed after it was signed. */
		TAMPERED(401),
		/** A message already received. */
		REPLAYED(409),
		/** Figures about another state than the node's own. */
		WRONG_STATE(422);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}

		public String messageKey() {
			return "hub.refused." + name();
		}
	}

	private final Reason reason;
	private final String detail;

	public SubmissionRefused(Reason reason, String detail) {
		super(reason + (detail == null ? "" : ": " + detail));
		this.reason = reason;
		this.detail = detail;
	}

	public Reason reason() {
		return reason;
	}

	public String detail() {
		return detail;
	}
}

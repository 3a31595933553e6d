package org.homeward.council;

/** The secretariat's review of a progress report: accepted reports set the addressee's status. */
public enum ReportReview {
	SUBMITTED,
	ACCEPTED,
	RETURNED
}

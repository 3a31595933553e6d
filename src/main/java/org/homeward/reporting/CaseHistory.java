package org.homeward.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.cases.CaseStage;

/**
 * What the indicators need to know of one case, with dates, and nothing that names the person: read from the case
 * data when the summary tables are refreshed, never kept and never shown. The case's id only tells one history from
 * another during the computation.
 *
 * @param sex {@code F} or {@code M}
 * @param regionCode the ISO 3166-2 code of the case's region
 * @param arrival the day the person returned, if known
 * @param opened the day the case was opened
 * @param stages the case's stage changes, oldest first
 * @param identityDocumentSince the first day the person held a valid identity document, if ever
 * @param enrolledSince the day a child was enrolled in school, if enrolled
 * @param careArrangement the family section's care arrangement, if recorded
 * @param placedOn the day of placement in that care arrangement, if known
 * @param psychosocialSupportSince the day support was last recorded as received, if it is
 * @param employmentStatus the livelihood section's status, if recorded
 * @param employmentRecordedOn the day that status was recorded
 */
public record CaseHistory(UUID caseId, String sex, LocalDate birthDate, String regionCode, LocalDate arrival,
		LocalDate opened, List<StageChange> stages, LocalDate identityDocumentSince, LocalDate enrolledSince,
		String careArrangement, LocalDate placedOn, LocalDate psychosocialSupportSince, String employmentStatus,
		LocalDate employmentRecordedOn, List<ProgressIndex> progress, List<ReferralOutcome> referrals,
		List<Delivery> deliveries) {

	public CaseHistory {
		stages = List.copyOf(stages);
		progress = List.copyOf(progress);
		referrals = List.copyOf(referrals);
		deliveries = List.copyOf(deliveries);
	}

	public record StageChange(LocalDate on, CaseStage from, CaseStage to) {
	}

	/** One Reintegration Progress Index assessment: its dimension scores and composite, 0 to 1. */
	public record ProgressIndex(LocalDate on, Double economic, Double social, Double psychosocial, Double composite) {

		Double score(String dimension) {
			return switch (dimension) {
				case "ECONOMIC" -> economic;
				case "SOCIAL" -> social;
				case "PSYCHOSOCIAL" -> psychosocial;
				default -> composite;
			};
		}
	}

	/** A referral that reached an outcome: completed, not completed or declined. */
	public record ReferralOutcome(LocalDate on, boolean completed) {
	}

	/** A service delivered, by its type's code. */
	public record Delivery(LocalDate on, String serviceCode) {
	}

	/** The stage on that day; none before the case was opened. */
	public CaseStage stageOn(LocalDate day) {
		if (opened == null || opened.isAfter(day)) {
			return null;
		}
		CaseStage stage = CaseStage.RECEPTION;
		for (StageChange change : stages) {
			if (!change.on().isAfter(day)) {
				stage = change.to();
			}
		}
		return stage;
	}

	/** Whether the person is in the programme on that day: the case is open and neither closed nor transferred. */
	public boolean inProgrammeOn(LocalDate day) {
		CaseStage stage = stageOn(day);
		return stage != null && !stage.isEnded();
	}

	/** The day the case was closed as reintegrated (from monitoring), if it was. */
	public LocalDate closedAsReintegratedOn() {
		LocalDate closed = null;
		for (StageChange change : stages) {
			if (change.to() == CaseStage.CLOSED && change.from() == CaseStage.MONITORING) {
				closed = change.on();
			}
			else if (change.from() == CaseStage.CLOSED) {
				closed = null; // reopened
			}
		}
		return closed;
	}
}

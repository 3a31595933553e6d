package org.homeward.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.assessments.internal.AssessmentStore;
import org.homeward.assessments.internal.DueStore;
import org.homeward.assessments.internal.InstrumentCatalogue;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.Access;
import org.homeward.cases.CaseAccess;
import org.homeward.cases.CaseFacts;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and shows the assessments of a case. Every method that touches a case asks the cases module what the user
 * may do there ({@code CaseGrant#assessments()}: READ to see, WRITE to record): a case out of reach answers 404, a
 * case in reach without that right 403. Every read and record is written to the audit trail, and a recording is
 * saved whole or not at all.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Assessments {

	public static final String RECORD_TYPE = "ASSESSMENT";
	private static final String CASE = "CASE";

	private final InstrumentCatalogue instruments;
	private final AssessmentStore assessments;
	private final DueStore due;
	private final CaseAccess cases;
	private final AuditTrail audit;

	Assessments(InstrumentCatalogue instruments, AssessmentStore assessments, DueStore due, CaseAccess cases,
			AuditTrail audit) {
		this.instruments = instruments;
		this.assessments = assessments;
		this.due = due;
		this.cases = cases;
		this.audit = audit;
	}

	/** The instruments with their items and options: reference data, no personal data. */
	public List<Instrument> instruments() {
		return instruments.all();
	}

	/** The instrument with this code, to record for this case; refused when it does not apply to the person today. */
	@Transactional(readOnly = true)
	public Instrument instrumentToRecord(UUID caseId, String instrumentCode, CurrentUser user) {
		require(caseId, Access.WRITE, user);
		Instrument instrument = instruments.find(instrumentCode).orElseThrow(() -> new RecordNotFound("INSTRUMENT"));
		checkApplies(instrument, LocalDate.now(), cases.facts(caseId, user));
		return instrument;
	}

	@Transactional
	public Assessment record(UUID caseId, RecordAssessment command, CurrentUser user) {
		require(caseId, Access.WRITE, user);
		Instrument instrument = instruments.find(command.instrumentCode())
				.orElseThrow(() -> new Refused("assessment.instrument.unknown"));
		checkApplies(instrument, command.assessedOn(), cases.facts(caseId, user));
		checkAnswers(instrument, command.answers());
		UUID id = assessments.insert(caseId, command, Scoring.score(instrument, command.answers()), user.username());
		due.markDone(caseId, instrument.code(), id);
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, id,
				"case=" + caseId + " instrument=" + instrument.code());
		return assessments.find(id).orElseThrow();
	}

	/** The case's assessments with their results, newest first. */
	@Transactional
	public List<Assessment> history(UUID caseId, CurrentUser user) {
		require(caseId, Access.READ, user);
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "assessments");
		return assessments.ofCase(caseId, null);
	}

	@Transactional
	public Assessment view(UUID caseId, UUID assessmentId, CurrentUser user) {
		require(caseId, Access.READ, user);
		Assessment assessment = assessments.find(assessmentId).filter(a -> a.caseId().equals(caseId))
				.orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, assessmentId, "case=" + caseId);
		return assessment;
	}

	/** The Reintegration Progress Index of the case over time, oldest first. */
	@Transactional
	public List<TrendPoint> trend(UUID caseId, CurrentUser user) {
		require(caseId, Access.READ, user);
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "assessment trend");
		return trendOf(assessments.ofCase(caseId, Instrument.RPI));
	}

	/** The assessments the case owes, then those it owed. */
	@Transactional
	public List<DueAssessment> due(UUID caseId, CurrentUser user) {
		require(caseId, Access.READ, user);
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "due assessments");
		return due.ofCase(caseId);
	}

	/** Everything the case's assessments page shows, audited as one view. */
	@Transactional
	public CaseAssessments overview(UUID caseId, CurrentUser user) {
		Access access = require(caseId, Access.READ, user);
		CaseFacts facts = cases.facts(caseId, user);
		List<Assessment> history = assessments.ofCase(caseId, null);
		List<Instrument> applicable = instruments.all().stream()
				.filter(i -> !i.childrenOnly() || isChild(facts, LocalDate.now())).toList();
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "assessments");
		return new CaseAssessments(access, history, due.ofCase(caseId),
				trendOf(history.stream().filter(a -> a.instrumentCode().equals(Instrument.RPI)).toList()), applicable);
	}

	private Access require(UUID caseId, Access needed, CurrentUser user) {
		Access access = cases.grant(caseId, user).assessments();
		if (!access.atLeast(needed)) {
			throw new AccessDeniedException("assessments need " + needed);
		}
		return access;
	}

	private static void checkApplies(Instrument instrument, LocalDate assessedOn, CaseFacts person) {
		if (person.birthDate() != null && assessedOn.isBefore(person.birthDate())) {
			throw new Refused("assessment.date.beforeBirth");
		}
		if (instrument.childrenOnly() && !isChild(person, assessedOn)) {
			throw new Refused("assessment.childrenOnly");
		}
	}

	private static boolean isChild(CaseFacts person, LocalDate on) {
		return person.birthDate() != null && person.isChild(on);
	}

	private static void checkAnswers(Instrument instrument, Map<String, String> answers) {
		if (answers.isEmpty()) {
			throw new Refused("assessment.answers.required");
		}
		answers.forEach((itemCode, optionCode) -> {
			Instrument.Item item = instrument.item(itemCode)
					.orElseThrow(() -> new InvalidAnswer("assessment.answer.unknownItem", itemCode));
			if (item.option(optionCode).isEmpty()) {
				throw new InvalidAnswer("assessment.answer.unknownOption", itemCode);
			}
		});
	}

	/** Oldest first, from a history that is newest first. */
	private static List<TrendPoint> trendOf(List<Assessment> rpiNewestFirst) {
		List<TrendPoint> trend = new ArrayList<>(rpiNewestFirst.stream().map(TrendPoint::of).toList());
		Collections.reverse(trend);
		return trend;
	}
}

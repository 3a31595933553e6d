package org.homeward.assessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.accounts.CurrentUser;
import org.homeward.assessments.internal.AssessmentStore;
import org.homeward.assessments.internal.DueStore;
import org.homeward.assessments.internal.InstrumentCatalogue;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.Access;
import org.homeward.cases.CaseAccess;
import org.homeward.cases.CaseFacts;
import org.homeward.cases.CaseGrant;
import org.homeward.cases.HeaderField;
import org.homeward.cases.Section;
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

	/**
	 * The case's assessments with their results, newest first, each as far as the reader's domains go: the
	 * coordinator and the case manager read them whole, a specialist the items, answers and priorities of their own
	 * domain, and an assessment with nothing in their domain not at all.
	 */
	@Transactional
	public List<Assessment> history(UUID caseId, CurrentUser user) {
		CaseGrant grant = require(caseId, Access.READ, user);
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "assessments");
		return seenBy(assessments.ofCase(caseId, null), grant.assessmentDomains());
	}

	@Transactional
	public Assessment view(UUID caseId, UUID assessmentId, CurrentUser user) {
		CaseGrant grant = require(caseId, Access.READ, user);
		Assessment assessment = assessments.find(assessmentId).filter(a -> a.caseId().equals(caseId))
				.flatMap(a -> seenBy(List.of(a), grant.assessmentDomains()).stream().findFirst())
				.orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, assessmentId, "case=" + caseId);
		return assessment;
	}

	/**
	 * The Reintegration Progress Index of the case over time, oldest first: the dimensions the reader's domains
	 * cover, and the composite only for a reader of all of them.
	 */
	@Transactional
	public List<TrendPoint> trend(UUID caseId, CurrentUser user) {
		CaseGrant grant = require(caseId, Access.READ, user);
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "assessment trend");
		return trendOf(seenBy(assessments.ofCase(caseId, Instrument.RPI), grant.assessmentDomains()));
	}

	/** The assessments the case owes, then those it owed: the case manager's and the coordinator's planning. */
	@Transactional
	public List<DueAssessment> due(UUID caseId, CurrentUser user) {
		if (!require(caseId, Access.READ, user).shows(HeaderField.ASSESSMENTS)) {
			throw new AccessDeniedException("the assessments a case owes");
		}
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "due assessments");
		return due.ofCase(caseId);
	}

	/** Everything the case's assessments page shows, as far as the reader's domains go, audited as one view. */
	@Transactional
	public CaseAssessments overview(UUID caseId, CurrentUser user) {
		CaseGrant grant = require(caseId, Access.READ, user);
		Access access = grant.assessments();
		boolean whole = grant.shows(HeaderField.ASSESSMENTS);
		CaseFacts facts = cases.facts(caseId, user);
		List<Assessment> history = seenBy(assessments.ofCase(caseId, null), grant.assessmentDomains());
		List<Instrument> applicable = access.atLeast(Access.WRITE) ? instruments.all().stream()
				.filter(i -> !i.childrenOnly() || isChild(facts, LocalDate.now())).toList() : List.of();
		audit.record(user.actor(), AuditAction.VIEW, CASE, caseId, "assessments");
		return new CaseAssessments(access, history, whole ? due.ofCase(caseId) : List.of(),
				trendOf(history.stream().filter(a -> a.instrumentCode().equals(Instrument.RPI)).toList()), applicable);
	}

	private CaseGrant require(UUID caseId, Access needed, CurrentUser user) {
		CaseGrant grant = cases.grant(caseId, user);
		if (!grant.assessments().atLeast(needed)) {
			throw new AccessDeniedException("assessments need " + needed);
		}
		return grant;
	}

	/**
	 * The assessments as a reader of these domains may see them: only the answers, scores and priorities of the
	 * dimensions in their domains, the composite only when they read every dimension, and none of an assessment with
	 * nothing in their domains.
	 */
	private List<Assessment> seenBy(List<Assessment> stored, Set<Section> domains) {
		List<Assessment> seen = new ArrayList<>();
		for (Assessment assessment : stored) {
			Instrument instrument = instruments.find(assessment.instrumentCode()).orElseThrow();
			Set<String> readable = instrument.dimensions().stream()
					.filter(d -> d.domain() != null && domains.contains(d.domain())).map(Instrument.Dimension::code)
					.collect(Collectors.toSet());
			if (readable.size() == instrument.dimensions().size()) {
				seen.add(assessment);
				continue;
			}
			if (readable.isEmpty()) {
				continue;
			}
			Map<String, String> answers = new LinkedHashMap<>();
			assessment.answers().forEach((item, option) -> instrument.dimensionOf(item)
					.filter(d -> readable.contains(d.code())).ifPresent(d -> answers.put(item, option)));
			Map<String, BigDecimal> scores = new LinkedHashMap<>(assessment.dimensionScores());
			scores.keySet().retainAll(readable);
			Map<String, Priority> priorities = new LinkedHashMap<>(assessment.priorities());
			priorities.keySet().retainAll(readable);
			seen.add(new Assessment(assessment.id(), assessment.caseId(), assessment.instrumentCode(),
					assessment.assessedOn(), assessment.assessedBy(), answers, scores, null, priorities,
					assessment.recordedAt()));
		}
		return seen;
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

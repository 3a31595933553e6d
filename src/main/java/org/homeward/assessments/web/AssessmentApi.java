package org.homeward.assessments.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.assessments.Assessment;
import org.homeward.assessments.Assessments;
import org.homeward.assessments.DueAssessment;
import org.homeward.assessments.Instrument;
import org.homeward.assessments.InvalidAnswer;
import org.homeward.assessments.RecordAssessment;
import org.homeward.assessments.TrendPoint;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Assessment instruments and the assessments of a case over HTTP, with exactly the rules of the pages. */
@RestController
@Tag(name = "Assessments", description = "Needs, best-interests and Reintegration Progress Index assessments of a case")
class AssessmentApi {

	private final Assessments assessments;
	private final MessageSource messages;

	AssessmentApi(Assessments assessments, MessageSource messages) {
		this.assessments = assessments;
		this.messages = messages;
	}

	@GetMapping("/api/v1/assessment-instruments")
	@Operation(summary = "The instruments, with their dimensions, items, answer options and scores",
			description = "Texts are given in English, Russian and Uzbek. A dimension's score is the weighted mean of "
					+ "its answered items' scores; an index's composite is the weighted mean of its dimensions; a "
					+ "priority instrument puts each dimension in the first band whose upper bound its score is below.")
	List<Instrument> instruments() {
		return assessments.instruments();
	}

	@GetMapping("/api/v1/cases/{caseId}/assessments")
	@Operation(summary = "The case's assessments with their results, newest first; audited as viewed")
	List<Assessment> history(@PathVariable UUID caseId, CurrentUser user) {
		return assessments.history(caseId, user);
	}

	@PostMapping("/api/v1/cases/{caseId}/assessments")
	@Operation(summary = "Record an assessment",
			description = "answers maps item codes to option codes; leave out an item that does not apply. An answer "
					+ "that is not an option of its item, or a child's instrument for an adult, answers 422.")
	ResponseEntity<Assessment> record(@PathVariable UUID caseId, @Valid @RequestBody RecordAssessment command,
			CurrentUser user) {
		Assessment recorded = assessments.record(caseId, command, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/assessments/" + recorded.id()))
				.body(recorded);
	}

	@GetMapping("/api/v1/cases/{caseId}/assessments/{assessmentId}")
	@Operation(summary = "One assessment of the case; audited as viewed")
	Assessment view(@PathVariable UUID caseId, @PathVariable UUID assessmentId, CurrentUser user) {
		return assessments.view(caseId, assessmentId, user);
	}

	@GetMapping("/api/v1/cases/{caseId}/assessments/trend")
	@Operation(summary = "The Reintegration Progress Index of the case over time, oldest first",
			description = "Each point has the composite and the economic, social and psychosocial scores (0-1).")
	List<TrendPoint> trend(@PathVariable UUID caseId, CurrentUser user) {
		return assessments.trend(caseId, user);
	}

	@GetMapping("/api/v1/cases/{caseId}/assessments/due")
	@Operation(summary = "The assessments the case owes (DUE), and those it owed (DONE, CANCELLED)")
	List<DueAssessment> due(@PathVariable UUID caseId, CurrentUser user) {
		return assessments.due(caseId, user);
	}

	/** Like any refusal (422), naming the item whose answer was refused. */
	@ExceptionHandler(InvalidAnswer.class)
	ProblemDetail invalidAnswer(InvalidAnswer e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage("problem.title.422", null, LocaleContextHolder.getLocale()));
		problem.setProperty("code", e.messageKey());
		problem.setProperty("item", e.itemCode());
		return problem;
	}
}

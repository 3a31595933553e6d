package org.homeward.council.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.FollowUpCommands;
import org.homeward.council.FollowUpItem;
import org.homeward.council.ImplementationStatus;
import org.homeward.council.ProgressReport;
import org.homeward.council.Recommendation;
import org.homeward.council.Recommendations;
import org.homeward.council.Theme;
import org.homeward.council.TrackerFilter;
import org.homeward.council.TrackerRow;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Recommendations and their follow-up over HTTP: the tracker, status per addressee, progress reports, reviews. */
@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Council recommendations", description = "Recommendations, status per addressee, progress reports, follow-up")
class CouncilFollowUpApi {

	private final Recommendations recommendations;

	CouncilFollowUpApi(Recommendations recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/recommendations")
	@Operation(summary = "The tracker: one row per addressee, by state, theme, status, overdue and meeting")
	List<TrackerRow> tracker(@RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{2}") String country,
			@RequestParam(required = false) Theme theme, @RequestParam(required = false) ImplementationStatus status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) UUID meetingId,
			CurrentUser user) {
		return recommendations.tracker(new TrackerFilter(country, theme, status, overdue, meetingId), user);
	}

	@PostMapping("/recommendations")
	@Operation(summary = "Record a recommendation the meeting adopted (secretariat)")
	ResponseEntity<Recommendation> adopt(@Valid @RequestBody FollowUpCommands.AdoptRecommendation command,
			CurrentUser user) {
		Recommendation adopted = recommendations.adopt(command, user);
		return ResponseEntity.created(URI.create("/api/v1/council/recommendations/" + adopted.id())).body(adopted);
	}

	@GetMapping("/recommendations/{id}")
	@Operation(summary = "A recommendation with its addressees' status and history (and reports you may see)")
	Recommendation recommendation(@PathVariable UUID id, CurrentUser user) {
		return recommendations.recommendation(id, user);
	}

	@PutMapping("/recommendations/{id}")
	@Operation(summary = "Change a recommendation's text, theme or due date (secretariat); send the version you read")
	Recommendation edit(@PathVariable UUID id, @Valid @RequestBody FollowUpCommands.EditRecommendation command,
			CurrentUser user) {
		return recommendations.edit(id, command, user);
	}

	@GetMapping("/meetings/{meetingId}/recommendations")
	@Operation(summary = "The recommendations a meeting adopted")
	List<Recommendation> ofMeeting(@PathVariable UUID meetingId, CurrentUser user) {
		return recommendations.ofMeeting(meetingId, user);
	}

	@PutMapping("/addressees/{addresseeId}/status")
	@Operation(summary = "Set an addressee's status, saying why (secretariat); send the version you read")
	Recommendation changeStatus(@PathVariable UUID addresseeId,
			@Valid @RequestBody FollowUpCommands.ChangeStatus command, CurrentUser user) {
		return recommendations.changeStatus(addresseeId, command, user);
	}

	@PostMapping("/addressees/{addresseeId}/reports")
	@Operation(summary = "Report progress (a member of the addressee)")
	ResponseEntity<ProgressReport> report(@PathVariable UUID addresseeId,
			@Valid @RequestBody FollowUpCommands.ReportProgress command, CurrentUser user) {
		return ResponseEntity.status(201).body(recommendations.report(addresseeId, command, null, null, user));
	}

	@PostMapping("/reports/{reportId}/review")
	@Operation(summary = "Accept a report (its proposed status becomes the addressee's) or return it (secretariat)")
	Recommendation review(@PathVariable UUID reportId, @Valid @RequestBody FollowUpCommands.ReviewReport command,
			CurrentUser user) {
		return recommendations.review(reportId, command, user);
	}

	@PostMapping("/meetings/{meetingId}/follow-up")
	@Operation(summary = "Put the open recommendations of earlier meetings on this meeting's agenda (secretariat)")
	FollowUpItem generateFollowUp(@PathVariable UUID meetingId,
			@Valid @RequestBody FollowUpCommands.GenerateFollowUp command, CurrentUser user) {
		return recommendations.generateFollowUp(meetingId, command, user);
	}

	@GetMapping("/meetings/{meetingId}/follow-up")
	@Operation(summary = "The meeting's follow-up item and the recommendations it reviews")
	ResponseEntity<FollowUpItem> followUp(@PathVariable UUID meetingId, CurrentUser user) {
		Optional<FollowUpItem> item = recommendations.followUp(meetingId, user);
		return item.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}
}

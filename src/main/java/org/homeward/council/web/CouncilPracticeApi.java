package org.homeward.council.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.homeward.accounts.CurrentUser;
import org.homeward.council.Approach;
import org.homeward.council.GoodPractice;
import org.homeward.council.GoodPractices;
import org.homeward.council.PracticeCommands;
import org.homeward.council.PracticeSearch;
import org.homeward.council.PracticeStage;
import org.homeward.council.PracticeStatus;
import org.homeward.council.PracticeSummary;
import org.homeward.council.ReferenceCommands;
import org.homeward.council.Theme;
import org.homeward.council.WorkingGroup;
import org.homeward.council.WorkingGroups;
import org.homeward.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The good-practice library and the working groups over HTTP. */
@RestController
@RequestMapping("/api/v1/council")
@Tag(name = "Council library", description = "Good practices with full-text search; working groups")
class CouncilPracticeApi {

	private final GoodPractices practices;
	private final WorkingGroups workingGroups;

	CouncilPracticeApi(GoodPractices practices, WorkingGroups workingGroups) {
		this.practices = practices;
		this.workingGroups = workingGroups;
	}

	@GetMapping("/practices")
	@Operation(summary = "Search the library in English, Russian or Uzbek, with filters")
	PageOf<PracticeSummary> search(@RequestParam(required = false) @jakarta.validation.constraints.Size(max = 200) String q,
			@RequestParam(required = false) @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{2}") String country,
			@RequestParam(required = false) Theme theme, @RequestParam(required = false) Approach approach,
			@RequestParam(required = false) PracticeStage stage, @RequestParam(required = false) PracticeStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size, CurrentUser user) {
		return practices.search(new PracticeSearch(q, country, theme, approach, stage, status),
				new PageOf.Request(page, size), user);
	}

	@PostMapping("/practices")
	@Operation(summary = "Submit a practice; it is a draft until the secretariat reviews it")
	ResponseEntity<GoodPractice> submit(@Valid @RequestBody PracticeCommands.PracticeDetails details,
			CurrentUser user) {
		GoodPractice practice = practices.submit(details, user);
		return ResponseEntity.created(URI.create("/api/v1/council/practices/" + practice.id())).body(practice);
	}

	@GetMapping("/practices/{id}")
	@Operation(summary = "A practice: published, your own, or any for the secretariat")
	GoodPractice practice(@PathVariable UUID id, CurrentUser user) {
		return practices.practice(id, user);
	}

	@PutMapping("/practices/{id}")
	@Operation(summary = "Change a practice (its author while a draft, or the secretariat); send the version you read")
	GoodPractice edit(@PathVariable UUID id, @Valid @RequestBody PracticeCommands.EditPractice edit, CurrentUser user) {
		return practices.edit(id, edit, user);
	}

	@PostMapping("/practices/{id}/review")
	@Operation(summary = "Move a practice: draft to reviewed, reviewed to published, or back (secretariat)")
	GoodPractice review(@PathVariable UUID id, @Valid @RequestBody PracticeCommands.ReviewPractice command,
			CurrentUser user) {
		return practices.review(id, command, user);
	}

	@GetMapping("/working-groups")
	@Operation(summary = "The Council's working groups")
	List<WorkingGroup> workingGroups(CurrentUser user) {
		return workingGroups.all(user);
	}

	@PostMapping("/working-groups")
	@Operation(summary = "Create a working group (secretariat)")
	ResponseEntity<WorkingGroup> createGroup(@Valid @RequestBody ReferenceCommands.WorkingGroupDetails details,
			CurrentUser user) {
		return ResponseEntity.status(201).body(workingGroups.create(details, user));
	}

	@PutMapping("/working-groups/{id}")
	@Operation(summary = "Change a working group (secretariat); send the version you read")
	WorkingGroup editGroup(@PathVariable UUID id, @Valid @RequestBody ReferenceCommands.EditWorkingGroup edit,
			CurrentUser user) {
		return workingGroups.edit(id, edit, user);
	}
}

package org.homeward.cases.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseFilter;
import org.homeward.cases.CaseStage;
import org.homeward.cases.CaseSummary;
import org.homeward.cases.CaseView;
import org.homeward.cases.Cases;
import org.homeward.cases.Commands;
import org.homeward.cases.Plan;
import org.homeward.cases.Section;
import org.homeward.cases.VulnerabilityFlag;
import org.homeward.shared.PageOf;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Cases over HTTP, with exactly the need-to-know rules of the pages: a section the caller may not see is 403. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Case lifecycle, sections by sector, assignment and the case plan")
@Validated
class CaseApi {

	private final Cases cases;
	private final CaseSummaryPdf pdf;

	CaseApi(Cases cases, CaseSummaryPdf pdf) {
		this.cases = cases;
		this.pdf = pdf;
	}

	@GetMapping
	@Operation(summary = "The cases you reach, with filters; each person listed is audited as seen",
			description = "Each case shows only what your role sees of it (DESIGN.md §2); a filter on a fact your role "
					+ "does not see (stage, region, flags, overdue actions, case number, specialist) answers 403. "
					+ "`number` matches a case number or its beginning; `name` the person's name in any script, every "
					+ "word of it; `ended=false` leaves closed and transferred "
					+ "cases out.")
	PageOf<CaseSummary> caseload(@RequestParam(required = false) CaseStage stage,
			@RequestParam(required = false) UUID regionId, @RequestParam(required = false) VulnerabilityFlag flag,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean mine,
			@RequestParam(required = false) @Size(max = 40) String number,
			@RequestParam(required = false) @Size(max = 100) String name,
			@RequestParam(required = false) UUID specialistId,
			@RequestParam(required = false) Boolean ended, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size, CurrentUser user) {
		return cases.caseload(new CaseFilter(stage, regionId, flag, overdue, mine,
				number == null || number.isBlank() ? null : number.strip(), specialistId, ended, null, null,
				name == null || name.isBlank() ? null : name.strip()),
				new PageOf.Request(page, size), user);
	}

	@GetMapping("/counts")
	@Operation(summary = "How many of the cases you reach are in each stage")
	Map<CaseStage, Long> counts(@RequestParam(required = false) UUID regionId,
			@RequestParam(required = false) VulnerabilityFlag flag, @RequestParam(required = false) Boolean overdue,
			CurrentUser user) {
		return cases.countsByStage(new CaseFilter(null, regionId, flag, overdue, null), user);
	}

	@PostMapping
	@Operation(summary = "Open the case of a registered person (coordinator or case manager)")
	ResponseEntity<CaseView> open(@Valid @RequestBody Commands.OpenCase command, CurrentUser user) {
		CaseView view = cases.open(command, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A case, with only the sections you may see")
	CaseView view(@PathVariable UUID id, CurrentUser user) {
		return cases.view(id, user);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change flags, mother's case or owning organisation (case manager)")
	CaseView edit(@PathVariable UUID id, @Valid @RequestBody Commands.EditCase command, CurrentUser user) {
		return cases.edit(id, command, user);
	}

	@PostMapping("/{id}/stage")
	@Operation(summary = "Move the case to another stage (case manager), with the reason")
	CaseView changeStage(@PathVariable UUID id, @Valid @RequestBody Commands.ChangeStage command, CurrentUser user) {
		return cases.changeStage(id, command, user);
	}

	@PostMapping("/{id}/closure-request")
	@Operation(summary = "Ask the coordinator to close the case (case manager)")
	CaseView requestClosure(@PathVariable UUID id, @Valid @RequestBody Commands.RequestClosure command,
			CurrentUser user) {
		return cases.requestClosure(id, command, user);
	}

	@PostMapping("/{id}/closure-decision")
	@Operation(summary = "Approve or reject a requested closure (coordinator)")
	CaseView decideClosure(@PathVariable UUID id, @Valid @RequestBody Commands.DecideClosure command,
			CurrentUser user) {
		return cases.decideClosure(id, command, user);
	}

	@PostMapping("/{id}/transfer")
	@Operation(summary = "Transfer the case (coordinator)")
	CaseView transfer(@PathVariable UUID id, @Valid @RequestBody Commands.Transfer command, CurrentUser user) {
		return cases.transfer(id, command, user);
	}

	@PutMapping("/{id}/case-manager")
	@Operation(summary = "Assign the case manager (coordinator)")
	CaseView assignCaseManager(@PathVariable UUID id, @Valid @RequestBody Commands.AssignCaseManager command,
			CurrentUser user) {
		return cases.assignCaseManager(id, command, user);
	}

	@PutMapping("/{id}/sections/{section}/specialist")
	@Operation(summary = "Assign a sector's section to a specialist (case manager)")
	CaseView assignSpecialist(@PathVariable UUID id, @PathVariable Section section,
			@Valid @RequestBody Commands.AssignSpecialist command, CurrentUser user) {
		return cases.assignSpecialist(id, section, command, user);
	}

	@GetMapping("/{id}/sections/{section}")
	@Operation(summary = "One section; 403 if your role may not see it")
	CaseView.SectionView section(@PathVariable UUID id, @PathVariable Section section, CurrentUser user) {
		CaseView view = cases.view(id, user);
		CaseView.SectionView found = view.section(section);
		if (found == null) {
			throw new org.springframework.security.access.AccessDeniedException("section " + section);
		}
		return found;
	}

	@PutMapping("/{id}/sections/{section}")
	@Operation(summary = "Edit a section's fields (and status); send the version you read")
	CaseView.SectionView editSection(@PathVariable UUID id, @PathVariable Section section,
			@Valid @RequestBody Commands.EditSection command, CurrentUser user) {
		return cases.editSection(id, section, command, user).section(section);
	}

	@PostMapping("/{id}/sections/{section}/notes")
	@Operation(summary = "Add a dated note to a section")
	ResponseEntity<Map<String, UUID>> addNote(@PathVariable UUID id, @PathVariable Section section,
			@Valid @RequestBody Commands.AddNote command, CurrentUser user) {
		return ResponseEntity.status(201).body(Map.of("id", cases.addNote(id, section, command, user)));
	}

	@PostMapping(path = "/{id}/sections/{section}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach a PDF, JPEG or PNG of up to 10 MB to a section")
	ResponseEntity<Map<String, UUID>> attach(@PathVariable UUID id, @PathVariable Section section,
			@RequestPart("file") MultipartFile file, CurrentUser user) throws IOException {
		return ResponseEntity.status(201)
				.body(Map.of("id", cases.attach(id, section, file.getOriginalFilename(), file.getBytes(), user)));
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	@Operation(summary = "Download an attachment; audited")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId, CurrentUser user) {
		var file = cases.attachment(id, attachmentId, user);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attachment\"")
				.body(file.content());
	}

	@GetMapping("/{id}/plan")
	@Operation(summary = "The case plan: the goals of domains you may read")
	Plan plan(@PathVariable UUID id, CurrentUser user) {
		return cases.plan(id, user);
	}

	@PostMapping("/{id}/plan/goals")
	@Operation(summary = "Add a goal in a domain")
	ResponseEntity<Map<String, UUID>> addGoal(@PathVariable UUID id, @Valid @RequestBody Commands.AddGoal command,
			CurrentUser user) {
		return ResponseEntity.status(201).body(Map.of("id", cases.addGoal(id, command, user)));
	}

	@PostMapping("/{id}/plan/actions")
	@Operation(summary = "Add an action to a goal: responsible organisation and due date")
	ResponseEntity<Map<String, UUID>> addAction(@PathVariable UUID id, @Valid @RequestBody Commands.AddAction command,
			CurrentUser user) {
		return ResponseEntity.status(201).body(Map.of("id", cases.addAction(id, command, user)));
	}

	@PutMapping("/{id}/plan/actions/{actionId}/status")
	@Operation(summary = "Change an action's status; send the version you read")
	Plan changeActionStatus(@PathVariable UUID id, @PathVariable UUID actionId,
			@Valid @RequestBody Commands.ChangeActionStatus command, CurrentUser user) {
		cases.changeActionStatus(id, actionId, command, user);
		return cases.plan(id, user);
	}

	@GetMapping("/{id}/accesses")
	@Operation(summary = "Who viewed or changed this case (coordinator, case manager, auditor)")
	List<Map<String, Object>> accesses(@PathVariable UUID id, CurrentUser user) {
		return cases.accesses(id, user).stream().map(e -> Map.<String, Object>of("at", e.occurredAt(), "username",
				e.actor(), "roles", e.actorRoles(), "action", e.action())).toList();
	}

	@GetMapping(path = "/{id}/summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The case summary for the case file, with only the sections you may see; audited as an export")
	ResponseEntity<byte[]> summary(@PathVariable UUID id, CurrentUser user) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-summary.pdf\"")
				.body(pdf.render(id, user, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
	}
}

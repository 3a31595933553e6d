package org.homeward.cases.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.UserAccount;
import org.homeward.audit.WhoViewed;
import org.homeward.cases.Access;
import org.homeward.cases.ActionStatus;
import org.homeward.cases.CaseFilter;
import org.homeward.cases.CaseProjection;
import org.homeward.cases.HeaderField;
import org.homeward.cases.CaseStage;
import org.homeward.cases.CaseSummary;
import org.homeward.cases.CaseTransfers;
import org.homeward.cases.CaseView;
import org.homeward.cases.BreakTheGlass;
import org.homeward.cases.Cases;
import org.homeward.cases.Commands;
import org.homeward.cases.Section;
import org.homeward.cases.SectionForm;
import org.homeward.cases.VulnerabilityFlag;
import org.homeward.organizations.Organization;
import org.homeward.organizations.OrganizationType;
import org.homeward.organizations.Organizations;
import org.homeward.shared.PageOf;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.homeward.shared.web.Dates;
import org.homeward.shared.web.TableDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case pages: caseload lists, a case with the sections its reader may see, and the forms of each action. Each
 * action posts, is checked by {@link Cases}, and comes back to the case with a notice or the reason it was refused.
 */
@Controller
@RequestMapping("/cases")
class CasePages {

	private final Cases cases;
	private final CaseTransfers transfers;
	private final Accounts accounts;
	private final Organizations organizations;
	private final CaseSummaryPdf pdf;
	private final MessageSource messages;

	CasePages(Cases cases, CaseTransfers transfers, Accounts accounts, Organizations organizations,
			CaseSummaryPdf pdf, MessageSource messages) {
		this.cases = cases;
		this.transfers = transfers;
		this.accounts = accounts;
		this.organizations = organizations;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** The caseload's filters; the one search box {@code q} holds a case number (or its beginning) or a name. */
	private static CaseFilter filter(CaseStage stage, UUID regionId, VulnerabilityFlag flag, Boolean overdue,
			Boolean mine, String number, String q, UUID specialistId, Boolean closure, Boolean unassigned) {
		String typedNumber = blankToNull(number);
		String typedName = null;
		if (q != null && !q.isBlank()) {
			String typed = q.strip().length() > 100 ? q.strip().substring(0, 100) : q.strip();
			if (CaseFilter.looksLikeCaseNumber(typed)) {
				typedNumber = typed;
			}
			else {
				typedName = typed;
			}
		}
		return new CaseFilter(stage, regionId, flag, overdue, mine, typedNumber, specialistId, null, closure,
				unassigned, typedName);
	}

	/**
	 * The caseload. The filters' form is posted, so that a name searched for never stands in an address (where
	 * browsers and proxies keep it); a case number and the other filters may be linked.
	 */
	@RequestMapping(method = { org.springframework.web.bind.annotation.RequestMethod.GET,
			org.springframework.web.bind.annotation.RequestMethod.POST })
	String caseload(@RequestParam(required = false) CaseStage stage, @RequestParam(required = false) UUID regionId,
			@RequestParam(required = false) VulnerabilityFlag flag, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Boolean mine, @RequestParam(required = false) String number,
			@RequestParam(required = false) UUID specialistId, @RequestParam(required = false) Boolean closure,
			@RequestParam(required = false) Boolean unassigned, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, CurrentUser user, Model model, Locale locale) {
		var filter = filter(stage, regionId, flag, overdue, mine, number, q, specialistId, closure, unassigned);
		if (CaseProjection.listFields(user).contains(HeaderField.CASE_MANAGER)) {
			model.addAttribute("specialists", accounts.activeStaff(Role.SECTOR_SPECIALIST));
		}
		model.addAttribute("filter", filter);
		model.addAttribute("results", cases.caseload(filter, new PageOf.Request(page, PageOf.DEFAULT_SIZE), user));
		model.addAttribute("counts", Cases.mayCount(user) ? cases.countsByStage(filter, user) : null);
		model.addAttribute("columns", CaseProjection.listFields(user));
		model.addAttribute("stages", CaseStage.values());
		model.addAttribute("flags", VulnerabilityFlag.values());
		model.addAttribute("regions", organizations.nodeRegions());
		model.addAttribute("regionNames", regionNames(locale));
		model.addAttribute("waitingTransfers", transfers.waitingFor(user));
		return "cases/caseload";
	}

	/** The user's own cases, a page at a time; closed and transferred ones only when asked for. */
	/**
	 * The caseload the filters find, as CSV or XLSX: only the columns and facts the reader's projection shows (the
	 * same as the page), audited as an export of each person.
	 */
	@RequestMapping(path = "/caseload.{format:csv|xlsx}", method = {
			org.springframework.web.bind.annotation.RequestMethod.GET,
			org.springframework.web.bind.annotation.RequestMethod.POST })
	ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(required = false) CaseStage stage,
			@RequestParam(required = false) UUID regionId, @RequestParam(required = false) VulnerabilityFlag flag,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean mine,
			@RequestParam(required = false) String number, @RequestParam(required = false) UUID specialistId,
			@RequestParam(required = false) Boolean closure, @RequestParam(required = false) Boolean unassigned,
			@RequestParam(required = false) String q, CurrentUser user, Locale locale) {
		var filter = filter(stage, regionId, flag, overdue, mine, number, q, specialistId, closure, unassigned);
		Set<HeaderField> columns = CaseProjection.listFields(user);
		Map<UUID, String> regions = regionNames(locale);
		List<String> header = new ArrayList<>();
		List<java.util.function.Function<CaseSummary, Object>> cells = new ArrayList<>();
		column(columns, HeaderField.CASE_NUMBER, "case.number", CaseSummary::number, header, cells, locale);
		column(columns, HeaderField.NAMES, "person.name", CaseSummary::name, header, cells, locale);
		column(columns, HeaderField.AGE, "case.age", CaseSummary::age, header, cells, locale);
		column(columns, HeaderField.BIRTH_DATE, "person.birthDate", CaseSummary::birthDate, header, cells, locale);
		column(columns, HeaderField.NAMES, "case.locality", CaseSummary::locality, header, cells, locale);
		column(columns, HeaderField.REGION, "case.region", c -> c.regionId() == null ? null : regions.get(c.regionId()),
				header, cells, locale);
		column(columns, HeaderField.STAGE, "case.stage",
				c -> c.stage() == null ? null : message("case.stage." + c.stage(), locale), header, cells, locale);
		column(columns, HeaderField.CASE_MANAGER, "case.caseManager", CaseSummary::caseManager, header, cells, locale);
		column(columns, HeaderField.VULNERABILITY_FLAGS, "case.flags", c -> c.flags() == null ? null
				: String.join(", ", c.flags().stream().map(f -> message("case.flag." + f, locale)).toList()), header,
				cells, locale);
		column(columns, HeaderField.CASELOAD_FIGURES, "myWork.overdue", CaseSummary::overdueActions, header, cells,
				locale);
		List<List<Object>> rows = cases.export(filter, user).stream()
				.map(c -> cells.stream().map(cell -> cell.apply(c)).toList()).toList();
		return TableDownload.of(new TableDownload.Table("caseload", header, rows), TableDownload.Format.of(format));
	}

	private void column(Set<HeaderField> shown, HeaderField field, String label,
			java.util.function.Function<CaseSummary, Object> value, List<String> header,
			List<java.util.function.Function<CaseSummary, Object>> cells, Locale locale) {
		if (shown.contains(field)) {
			header.add(message(label, locale));
			cells.add(value);
		}
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@GetMapping("/my-work")
	String myWork(@RequestParam(defaultValue = "false") boolean ended, @RequestParam(defaultValue = "0") int page,
			CurrentUser user, Model model, Locale locale) {
		var filter = new CaseFilter(null, null, null, null, true, null, null, ended);
		model.addAttribute("ended", ended);
		model.addAttribute("results", cases.caseload(filter, new PageOf.Request(page, PageOf.DEFAULT_SIZE), user));
		model.addAttribute("overdue", cases.myOverdueActions(user));
		model.addAttribute("columns", CaseProjection.listFields(user));
		model.addAttribute("regionNames", regionNames(locale));
		return "cases/my-work";
	}

	/**
	 * From a person's record: their case if it exists and the user reads it, else the form to open one. A person out
	 * of the user's scope and a case out of their reach are both not found, alike.
	 */
	@GetMapping("/of-person/{personId}")
	String ofPerson(@PathVariable UUID personId, CurrentUser user, Model model) {
		var existing = cases.caseOfPerson(personId, user);
		if (existing.isPresent()) {
			return "redirect:/cases/" + existing.get();
		}
		if (!cases.mayOpenCaseFor(personId, user)) {
			throw new org.homeward.shared.RecordNotFound("CASE");
		}
		model.addAttribute("personId", personId);
		model.addAttribute("flags", VulnerabilityFlag.values());
		model.addAttribute("motherCases", cases.motherCasesFor(personId, user));
		return "cases/open";
	}

	@PostMapping
	String open(@RequestParam UUID personId, @RequestParam(required = false) UUID motherCaseId,
			@RequestParam(required = false) List<VulnerabilityFlag> flags, CurrentUser user,
			RedirectAttributes redirect) {
		try {
			var view = cases.open(new Commands.OpenCase(personId, motherCaseId, null,
					flags == null ? null : java.util.Set.copyOf(flags)), user);
			redirect.addFlashAttribute("notice", "case.opened");
			return "redirect:/cases/" + view.id();
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
			return "redirect:/cases/of-person/" + personId;
		}
	}

	@GetMapping("/{id}")
	String view(@PathVariable UUID id, CurrentUser user, Model model, Locale locale) {
		CaseView view = cases.view(id, user);
		if (!view.full() && view.grant().emergency().isEmpty()) {
			return "redirect:/community"; // a minimal profile is seen only with the task it is shared for
		}
		boolean reasons = view.shows("REASONS");
		model.addAttribute("case", view);
		model.addAttribute("forms", forms(view));
		model.addAttribute("plan", cases.plan(id, user));
		List<CaseStage> moves = moves(view);
		model.addAttribute("moves", moves);
		model.addAttribute("mayMoveBack", moves.stream().anyMatch(m -> m.isBackFrom(view.stage())));
		model.addAttribute("activeSection", activeSection(view));
		model.addAttribute("accesses", view.grant().accesses() ? WhoViewed.of(cases.accesses(id, user)) : List.of());
		model.addAttribute("regionNames", regionNames(locale));
		model.addAttribute("organizations", choosable(user, locale));
		model.addAttribute("flags", VulnerabilityFlag.values());
		model.addAttribute("actionStatuses", ActionStatus.values());
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("full", view.full());
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		model.addAttribute("nationalCoordinator", user.has(Role.COORDINATOR) && user.regionId() == null);
		model.addAttribute("registryRole", user.hasAny(Role.COORDINATOR, Role.CASE_MANAGER));
		model.addAttribute("goalDomains", goalDomains(view));
		model.addAttribute("transfers", reasons ? transfers.ofCase(id, user) : List.of());
		model.addAttribute("regions", organizations.nodeRegions());
		model.addAttribute("mayTransfer", reasons && (view.grant().caseManager() || user.has(Role.COORDINATOR)));
		model.addAttribute("hiddenSections", BreakTheGlass.openable(user).stream()
				.filter(section -> !view.grant().may(section, Access.READ)).toList());
		if (user.has(Role.COORDINATOR)) {
			model.addAttribute("caseManagers", accounts.activeStaff(Role.CASE_MANAGER).stream()
					.filter(u -> Objects.equals(u.regionId(), view.regionId())).toList());
		}
		if (view.grant().caseManager()) {
			model.addAttribute("specialists", specialistsBySection());
		}
		return "cases/case";
	}

	@GetMapping(path = "/{id}/summary.pdf")
	ResponseEntity<byte[]> summary(@PathVariable UUID id, CurrentUser user, Locale locale) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-summary.pdf\"")
				.body(pdf.render(id, user, locale));
	}

	/** A move back along the usual flow is made only once the case manager confirms it is meant. */
	@PostMapping("/{id}/stage")
	String changeStage(@PathVariable UUID id, @Valid @ModelAttribute Commands.ChangeStage command,
			BindingResult result, @RequestParam(defaultValue = "false") boolean confirmBack, CurrentUser user,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !confirmBack) {
			CaseStage current = cases.view(id, user).stage();
			if (current != null && command.target().isBackFrom(current)) {
				redirect.addFlashAttribute("alert", "case.stage.confirmBack");
				return "redirect:/cases/" + id;
			}
		}
		return act(id, result, redirect, "case.stage.changed", () -> cases.changeStage(id, command, user));
	}

	@PostMapping("/{id}/closure-request")
	String requestClosure(@PathVariable UUID id, @Valid @ModelAttribute Commands.RequestClosure command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		return act(id, result, redirect, "case.closure.requested", () -> cases.requestClosure(id, command, user));
	}

	@PostMapping("/{id}/closure-decision")
	String decideClosure(@PathVariable UUID id, @Valid @ModelAttribute Commands.DecideClosure command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		String notice = Boolean.TRUE.equals(command.approve()) ? "case.closure.approved" : "case.closure.rejected";
		return act(id, result, redirect, notice, () -> cases.decideClosure(id, command, user));
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable UUID id, @Valid @ModelAttribute Commands.Transfer command, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		return act(id, result, redirect, "case.transferred", () -> cases.transfer(id, command, user));
	}

	@PostMapping("/{id}/case-manager")
	String assignCaseManager(@PathVariable UUID id, @Valid @ModelAttribute Commands.AssignCaseManager command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		return act(id, result, redirect, "case.assigned", () -> cases.assignCaseManager(id, command, user));
	}

	@PostMapping("/{id}/sections/{section}/specialist")
	String assignSpecialist(@PathVariable UUID id, @PathVariable Section section,
			@ModelAttribute Commands.AssignSpecialist command, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, result, redirect, "case.specialist.assigned",
				() -> cases.assignSpecialist(id, section, command, user)) + "#section-" + section;
	}

	@PostMapping("/{id}/core")
	String editCore(@PathVariable UUID id, @RequestParam int version,
			@RequestParam(required = false) List<VulnerabilityFlag> flags,
			@RequestParam(required = false) UUID motherCaseId, @RequestParam(required = false) UUID owningOrganizationId,
			CurrentUser user, RedirectAttributes redirect) {
		var command = new Commands.EditCase(version, motherCaseId, owningOrganizationId,
				flags == null ? null : java.util.Set.copyOf(flags));
		return act(id, null, redirect, "case.saved", () -> cases.edit(id, command, user));
	}

	@GetMapping("/{id}/sections/{section}/edit")
	String sectionForm(@PathVariable UUID id, @PathVariable Section section, CurrentUser user, Model model) {
		CaseView view = cases.view(id, user);
		CaseView.SectionView shown = view.section(section);
		if (shown == null || !shown.access().atLeast(Access.WRITE) || view.grant().ownOrganizationOnly(section)) {
			throw new org.springframework.security.access.AccessDeniedException("section " + section);
		}
		model.addAttribute("case", view);
		model.addAttribute("section", shown);
		model.addAttribute("form", SectionForm.of(section));
		model.addAttribute("values", shown.fields());
		model.addAttribute("status", shown.status());
		model.addAttribute("version", shown.version());
		return "cases/section-edit";
	}

	@PostMapping("/{id}/sections/{section}")
	String editSection(@PathVariable UUID id, @PathVariable Section section, @RequestParam int version,
			@RequestParam Map<String, String> submitted, CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		SectionForm form = SectionForm.of(section);
		Map<String, String> fields = new LinkedHashMap<>();
		for (SectionForm.Field field : form.fields()) {
			String value = submitted.getOrDefault("field." + field.name(), "");
			fields.put(field.name(), field.kind() == SectionForm.Kind.DATE ? Dates.typedToIso(value) : value);
		}
		String status = submitted.get("status");
		try {
			cases.editSection(id, section, new Commands.EditSection(version, fields, status), user);
			redirect.addFlashAttribute("notice", "section.saved");
			return "redirect:/cases/" + id + "#section-" + section;
		}
		catch (StaleVersion stale) {
			CaseView current = cases.view(id, user);
			CaseView.SectionView stored = current.section(section);
			model.addAttribute("conflicts", conflicts(form, stored, fields, status));
			model.addAttribute("conflictBy", stored.updatedBy());
			model.addAttribute("conflictAt", stored.updatedAt());
			model.addAttribute("version", stored.version());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return sectionFormAgain(current, stored, form, fields, status, model);
		}
		catch (Refused refused) {
			model.addAttribute("alert", refused.messageKey());
			model.addAttribute("version", version);
			CaseView current = cases.view(id, user);
			return sectionFormAgain(current, current.section(section), form, fields, status, model);
		}
	}

	private String sectionFormAgain(CaseView view, CaseView.SectionView section, SectionForm form,
			Map<String, String> values, String status, Model model) {
		model.addAttribute("case", view);
		model.addAttribute("section", section);
		model.addAttribute("form", form);
		model.addAttribute("values", values);
		model.addAttribute("status", status);
		return "cases/section-edit";
	}

	/** The fields where what is saved now differs from what the user sent. */
	private static List<String[]> conflicts(SectionForm form, CaseView.SectionView stored, Map<String, String> yours,
			String yourStatus) {
		List<String[]> conflicts = new ArrayList<>();
		if (form.hasStatus() && !Objects.equals(blank(stored.status()), blank(yourStatus))) {
			conflicts.add(new String[] { form.status().name(), blank(stored.status()), blank(yourStatus) });
		}
		for (SectionForm.Field field : form.fields()) {
			String saved = blank(stored.fields().get(field.name()));
			String mine = blank(yours.get(field.name()));
			if (!saved.equals(mine)) {
				conflicts.add(new String[] { field.name(), saved, mine });
			}
		}
		return conflicts;
	}

	private static String blank(String s) {
		return s == null ? "" : s.strip();
	}

	@PostMapping("/{id}/sections/{section}/notes")
	String addNote(@PathVariable UUID id, @PathVariable Section section, @Valid @ModelAttribute Commands.AddNote command,
			BindingResult result, CurrentUser user, RedirectAttributes redirect) {
		return act(id, result, redirect, "note.added", () -> cases.addNote(id, section, command, user))
				+ "#section-" + section;
	}

	@PostMapping("/{id}/sections/{section}/attachments")
	String attach(@PathVariable UUID id, @PathVariable Section section, @RequestParam("file") MultipartFile file,
			CurrentUser user, RedirectAttributes redirect) throws IOException {
		byte[] content = file.getBytes();
		return act(id, null, redirect, "attachment.added",
				() -> cases.attach(id, section, file.getOriginalFilename(), content, user)) + "#section-" + section;
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId, CurrentUser user) {
		var file = cases.attachment(id, attachmentId, user);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + safe(file.fileName()) + "\"")
				.body(file.content());
	}

	@PostMapping("/{id}/plan/goals")
	String addGoal(@PathVariable UUID id, @Valid @ModelAttribute Commands.AddGoal command, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		return act(id, result, redirect, "plan.goal.added", () -> cases.addGoal(id, command, user)) + "#plan";
	}

	@PostMapping("/{id}/plan/actions")
	String addAction(@PathVariable UUID id, @Valid @ModelAttribute Commands.AddAction command, BindingResult result,
			CurrentUser user, RedirectAttributes redirect) {
		return act(id, result, redirect, "plan.action.added", () -> cases.addAction(id, command, user)) + "#plan";
	}

	@PostMapping("/{id}/plan/actions/{actionId}/status")
	String changeActionStatus(@PathVariable UUID id, @PathVariable UUID actionId,
			@Valid @ModelAttribute Commands.ChangeActionStatus command, BindingResult result, CurrentUser user,
			RedirectAttributes redirect) {
		return act(id, result, redirect, "plan.action.changed", () -> {
			cases.changeActionStatus(id, actionId, command, user);
			return null;
		}) + "#plan";
	}

	/** Runs one action of the case page and comes back to it with a notice, or with the reason it was refused. */
	private String act(UUID id, BindingResult result, RedirectAttributes redirect, String notice,
			java.util.function.Supplier<?> action) {
		if (result != null && result.hasErrors()) {
			redirect.addFlashAttribute("alert", "case.form.invalid");
			return "redirect:/cases/" + id;
		}
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (StaleVersion stale) {
			redirect.addFlashAttribute("alert", "conflict.case");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", refused.messageKey());
		}
		return "redirect:/cases/" + id;
	}

	/**
	 * The organisations a reader may name as responsible for an action: all of them; for a school, a mahalla or a
	 * civil-society organisation, those of their own sector and of the community, whose names never carry the
	 * programme's labels to a child's school (DESIGN.md §2).
	 */
	private List<Organization> choosable(CurrentUser user, Locale locale) {
		List<Organization> all = organizations.organizations(locale);
		if (!CaseProjection.speaksPlainly(user)) {
			return all;
		}
		return all.stream().filter(o -> o.id().equals(user.organizationId())
				|| (o.sector() != null && o.sector() == user.sector()) || o.type() == OrganizationType.LOCAL_COMMUNITY
				|| o.type() == OrganizationType.CIVIL_SOCIETY).toList();
	}

	private Map<Section, List<UserAccount>> specialistsBySection() {
		Map<Section, List<UserAccount>> bySection = new LinkedHashMap<>();
		List<UserAccount> specialists = accounts.activeStaff(Role.SECTOR_SPECIALIST);
		for (Section section : Section.values()) {
			section.sector().ifPresent(sector -> bySection.put(section,
					specialists.stream().filter(u -> u.sector() == sector).toList()));
		}
		return bySection;
	}

	private static Map<Section, SectionForm> forms(CaseView view) {
		Map<Section, SectionForm> forms = new LinkedHashMap<>();
		view.sections().forEach(s -> forms.put(s.section(), SectionForm.of(s.section())));
		return forms;
	}

	private static List<Section> goalDomains(CaseView view) {
		return view.sections().stream().map(CaseView.SectionView::section).filter(view.grant()::mayPlan).toList();
	}

	/**
	 * The section a case opens at: the one the reader writes in their own work (a specialist's sector, a justice
	 * officer's proceedings), or the core profile for those who write it or read everything.
	 */
	private static Section activeSection(CaseView view) {
		if (view.grant().may(Section.CORE, Access.WRITE)) {
			return Section.CORE;
		}
		return view.sections().stream().filter(s -> s.access() == Access.WRITE).map(CaseView.SectionView::section)
				.findFirst()
				.orElse(view.sections().stream().filter(s -> s.access().atLeast(Access.READ) && s.section() != Section.CORE
						&& !view.grant().readsNormally(Section.CORE)).map(CaseView.SectionView::section).findFirst()
						.orElse(view.sections().isEmpty() ? Section.CORE : view.sections().get(0).section()));
	}

	private static List<CaseStage> moves(CaseView view) {
		return view.stage() == null ? List.of() : view.stage().movesInUsualOrder(view.resumeStage());
	}

	private Map<UUID, String> regionNames(Locale locale) {
		Map<UUID, String> names = new LinkedHashMap<>();
		organizations.nodeRegions().forEach(r -> names.put(r.id(), r.name(locale)));
		return names;
	}

	/** A typed case number, at most as long as one. */
	private static String blankToNull(String text) {
		String typed = text == null ? "" : text.strip();
		return typed.isEmpty() ? null : typed.substring(0, Math.min(typed.length(), 40));
	}

	/** A file name fit for a header: no quotes, no line breaks, nothing outside printable ASCII. */
	private static String safe(String fileName) {
		String cleaned = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
		return cleaned.isBlank() ? "attachment" : cleaned;
	}
}

package org.homeward.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.UserAccount;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.Commands.AddAction;
import org.homeward.cases.Commands.AddGoal;
import org.homeward.cases.Commands.AddNote;
import org.homeward.cases.Commands.AssignCaseManager;
import org.homeward.cases.Commands.AssignSpecialist;
import org.homeward.cases.Commands.ChangeActionStatus;
import org.homeward.cases.Commands.ChangeStage;
import org.homeward.cases.Commands.DecideClosure;
import org.homeward.cases.Commands.EditCase;
import org.homeward.cases.Commands.EditSection;
import org.homeward.cases.Commands.OpenCase;
import org.homeward.cases.Commands.RequestClosure;
import org.homeward.cases.Commands.Transfer;
import org.homeward.cases.internal.CaseStore;
import org.homeward.cases.internal.CaseStore.CaseRow;
import org.homeward.cases.internal.PersonProfiles;
import org.homeward.cases.internal.PlanStore;
import org.homeward.cases.internal.SectionStore;
import org.homeward.cases.internal.SectionStore.SectionRow;
import org.homeward.organizations.Organizations;
import org.homeward.shared.FileType;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.Text;
import org.homeward.shared.UnknownReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything done with a case, each a single transaction that checks the user's grant on the server, writes the
 * audit trail and refuses a stale version. Stage changes are the case manager's; assigning, transferring and
 * approving closure are the coordinator's.
 */
@Service
public class Cases {

	static final String RECORD_TYPE = "CASE";
	private static final String PERSON = "PERSON";

	private final CaseStore cases;
	private final SectionStore sections;
	private final PlanStore plans;
	private final PersonProfiles profiles;
	private final CaseAccess access;
	private final Accounts accounts;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Organizations organizations;

	Cases(CaseStore cases, SectionStore sections, PlanStore plans, PersonProfiles profiles, CaseAccess access,
			Accounts accounts, AuditTrail audit, ApplicationEventPublisher events, Organizations organizations) {
		this.cases = cases;
		this.sections = sections;
		this.plans = plans;
		this.profiles = profiles;
		this.access = access;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.organizations = organizations;
	}

	// --- opening and reading ---

	/**
	 * Opens the case of a registered person within the user's registry scope. A case manager who opens a case
	 * manages it; a case opened by a coordinator waits for a case manager to be assigned.
	 */
	@Transactional
	public CaseView open(OpenCase command, CurrentUser user) {
		if (!user.hasAny(Role.COORDINATOR, Role.CASE_MANAGER)) {
			throw new AccessDeniedException("only coordinators and case managers open cases");
		}
		PersonProfiles.Placement person = profiles.placement(command.personId())
				.filter(p -> user.regionId() == null || user.regionId().equals(p.regionId()))
				.orElseThrow(() -> new UnknownReference("personId", "case.person.unknown"));
		requireOrganization(command.owningOrganizationId(), "owningOrganizationId");
		if (cases.caseOfPerson(command.personId()).isPresent()) {
			throw new Refused("case.alreadyOpen");
		}
		if (command.motherCaseId() != null) {
			requireMotherCase(command.motherCaseId(), user);
		}
		UUID id = UUID.randomUUID();
		UUID manager = user.has(Role.CASE_MANAGER) ? user.id() : null;
		UUID organization = command.owningOrganizationId() != null ? command.owningOrganizationId()
				: user.organizationId();
		cases.insert(id, command.personId(), command.motherCaseId(), person.regionId(), organization, manager,
				command.flags(), user.username());
		audit.record(user.actor(), AuditAction.CREATE, RECORD_TYPE, id, null);
		LocalDate today = LocalDate.now();
		events.publishEvent(new CaseOpened(id, command.personId(), today, person.childOn(today)));
		return view(id, user);
	}

	/** The case as the user may see it; the view and the person shown in it are audited. */
	@Transactional
	public CaseView view(UUID id, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		if (!grant.reachesCase()) {
			throw new AccessDeniedException("who viewed only");
		}
		CaseRow row = cases.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		boolean full = grant.may(Section.CORE, Access.READ);
		CaseView.Profile profile = profiles.profile(row.personId(), full);
		List<CaseView.SectionView> visible = new ArrayList<>();
		Map<Section, SectionRow> stored = sections.all(id);
		Map<Section, List<CaseView.Note>> notes = sections.notes(id);
		Map<Section, List<CaseView.Attachment>> files = sections.attachments(id);
		for (Section section : Section.values()) {
			Access level = grant.access(section);
			if (level != Access.NONE) {
				visible.add(sectionView(section, level, stored.get(section), notes.getOrDefault(section, List.of()),
						files.getOrDefault(section, List.of())));
			}
		}
		CaseView.Staff manager = row.caseManagerId() == null ? null
				: accounts.staffMember(row.caseManagerId()).map(u -> new CaseView.Staff(u.id(), u.displayName()))
						.orElse(null);
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, id, null);
		audit.record(user.actor(), AuditAction.VIEW, PERSON, row.personId(), "case " + id);
		// A reader of the minimal profile learns nothing of the case itself, not even its stage.
		return new CaseView(id, row.version(), profile, full ? row.stage() : null, full ? row.resumeStage() : null,
				full ? row.flags() : EnumSet.noneOf(VulnerabilityFlag.class), row.regionId(),
				row.owningOrganizationId(), full ? manager : null, full ? row.motherCaseId() : null,
				row.closureRequestedAt() == null || !full ? null
						: new CaseView.ClosureRequest(row.closureRequestedAt(), row.closureRequestedBy(), row.closureReason()),
				full ? cases.history(id) : List.of(), visible, grant, row.openedAt(), row.openedBy(), row.updatedAt(),
				row.updatedBy());
	}

	private static CaseView.SectionView sectionView(Section section, Access level, SectionRow stored,
			List<CaseView.Note> notes, List<CaseView.Attachment> files) {
		if (level == Access.STATUS || level == Access.MINIMAL) {
			return new CaseView.SectionView(section, level, stored.version(), Map.of(),
					level == Access.STATUS ? stored.status() : null, null, List.of(), List.of(), null, null);
		}
		CaseView.Staff specialist = stored.assignedSpecialistId() == null ? null
				: new CaseView.Staff(stored.assignedSpecialistId(), stored.assignedSpecialistName());
		return new CaseView.SectionView(section, level, stored.version(), stored.fields(), stored.status(), specialist,
				notes, files, stored.updatedAt(), stored.updatedBy());
	}

	/** What a case summary for the case file holds: the case and plan as the user may see them. Audited as an export. */
	@Transactional
	public CaseExport export(UUID id, CurrentUser user) {
		CaseView view = view(id, user);
		Plan plan = plan(id, user);
		audit.record(user.actor(), AuditAction.EXPORT, RECORD_TYPE, id, "case summary");
		return new CaseExport(view, plan);
	}

	/** A case and its plan, as exported. */
	public record CaseExport(CaseView view, Plan plan) {
	}

	/** The cases that may be the mother's, for linking a child's case; only those the user may read. */
	@Transactional(readOnly = true)
	public List<MotherCase> motherCasesFor(UUID personId, CurrentUser user) {
		return cases.motherCasesFor(personId).stream().filter(mother -> mayRead(mother.caseId(), user)).toList();
	}

	/** The case of a person, if it exists and the user reaches it. */
	@Transactional(readOnly = true)
	public Optional<UUID> caseOfPerson(UUID personId, CurrentUser user) {
		return cases.caseOfPerson(personId).filter(id -> mayRead(id, user));
	}

	/** The cases the user reaches, filtered; each person listed is audited as seen. */
	@Transactional
	public PageOf<CaseSummary> caseload(CaseFilter filter, PageOf.Request page, CurrentUser user) {
		PageOf<CaseSummary> result = cases.caseload(user, filter, page);
		audit.recordEach(user.actor(), AuditAction.LIST, PERSON,
				result.items().stream().map(CaseSummary::personId).toList(), "caseload");
		return result;
	}

	@Transactional(readOnly = true)
	public Map<CaseStage, Long> countsByStage(CaseFilter filter, CurrentUser user) {
		return cases.countsByStage(user, filter);
	}

	/** A mother's case the user may read; one out of reach answers as one that does not exist. */
	private void requireMotherCase(UUID motherCaseId, CurrentUser user) {
		try {
			access.require(motherCaseId, Section.CORE, Access.READ, user);
		}
		catch (RecordNotFound | AccessDeniedException unreachable) {
			throw new UnknownReference("motherCaseId", "case.motherCase.unknown");
		}
	}

	private void requireOrganization(UUID organizationId, String field) {
		if (organizationId != null && organizations.organization(organizationId).isEmpty()) {
			throw new UnknownReference(field, "user.organization.unknown");
		}
	}

	/** Whether the user may read the case's core profile; a case out of reach answers no rather than not found. */
	private boolean mayRead(UUID caseId, CurrentUser user) {
		try {
			return access.grant(caseId, user).may(Section.CORE, Access.READ);
		}
		catch (RecordNotFound e) {
			return false;
		}
	}

	/** Who saw or changed the case, newest first; for the coordinator, the case manager and the auditor. */
	@Transactional(readOnly = true)
	public List<AuditEntry> accesses(UUID id, CurrentUser user) {
		if (!access.grant(id, user).accesses()) {
			throw new AccessDeniedException("who viewed");
		}
		return audit.accessesOf(RECORD_TYPE, id, 100);
	}

	// --- the core of the case ---

	@Transactional
	public CaseView edit(UUID id, EditCase command, CurrentUser user) {
		access.require(id, Section.CORE, Access.WRITE, user);
		requireOrganization(command.owningOrganizationId(), "owningOrganizationId");
		if (command.motherCaseId() != null) {
			if (command.motherCaseId().equals(id)) {
				throw new Refused("case.mother.self", "motherCaseId");
			}
			requireMotherCase(command.motherCaseId(), user);
		}
		Map<String, Object> values = new HashMap<>();
		values.put("mother", command.motherCaseId());
		values.put("organization", command.owningOrganizationId());
		values.put("flags", CaseStore.names(command.flags()));
		cases.update(id, command.version(),
				"mother_case_id = :mother, owning_organization_id = :organization, flags = :flags", values,
				user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "core");
		return view(id, user);
	}

	// --- stages ---

	/** The case manager moves the case along its stages; every move records who, when and why. */
	@Transactional
	public CaseView changeStage(UUID id, ChangeStage command, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		if (!grant.caseManager()) {
			throw new AccessDeniedException("stage changes are the case manager's");
		}
		CaseRow row = cases.find(id).orElseThrow();
		if (row.closureRequestedAt() != null) {
			throw new Refused("case.stage.closurePending");
		}
		if (!row.stage().moves(row.resumeStage()).contains(command.target())) {
			throw new Refused("case.stage.notAllowed");
		}
		CaseStage resume = command.target().isPaused() ? (row.stage().isActive() ? row.stage() : row.resumeStage())
				: null;
		Map<String, Object> values = new HashMap<>();
		values.put("stage", command.target().name());
		values.put("resume", resume == null ? null : resume.name());
		cases.update(id, command.version(), "stage = :stage, resume_stage = :resume", values, user.username());
		String kind = row.stage().isEnded() ? "REOPENED" : "MOVED";
		cases.history(id, row.stage(), command.target(), kind, command.reason().strip(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "stage " + command.target());
		events.publishEvent(new CaseStageChanged(id, row.stage(), command.target()));
		return view(id, user);
	}

	@Transactional
	public CaseView requestClosure(UUID id, RequestClosure command, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		if (!grant.caseManager()) {
			throw new AccessDeniedException("closure requests are the case manager's");
		}
		CaseRow row = cases.find(id).orElseThrow();
		if (!row.stage().mayRequestClosure()) {
			throw new Refused("case.closure.notFromThisStage");
		}
		if (row.closureRequestedAt() != null) {
			throw new Refused("case.closure.alreadyRequested");
		}
		Map<String, Object> values = new HashMap<>();
		values.put("by", user.username());
		values.put("reason", command.reason().strip());
		cases.update(id, command.version(),
				"closure_requested_at = now(), closure_requested_by = :by, closure_reason = :reason", values,
				user.username());
		cases.history(id, row.stage(), row.stage(), "CLOSURE_REQUESTED", command.reason().strip(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "closure requested");
		return view(id, user);
	}

	/**
	 * The national coordinator approves (the case is closed) or rejects (it goes on where it was) a requested
	 * closure; a regional coordinator prepares the decision but does not take it.
	 */
	@Transactional
	public CaseView decideClosure(UUID id, DecideClosure command, CurrentUser user) {
		requireCoordinatorOf(id, user);
		if (user.regionId() != null) {
			throw new AccessDeniedException("closure is approved by the national coordinator");
		}
		CaseRow row = cases.find(id).orElseThrow();
		if (row.closureRequestedAt() == null) {
			throw new Refused("case.closure.notRequested");
		}
		Map<String, Object> values = new HashMap<>();
		if (command.approve()) {
			values.put("stage", CaseStage.CLOSED.name());
			cases.update(id, command.version(), "stage = :stage, resume_stage = NULL, closure_requested_at = NULL, "
					+ "closure_requested_by = NULL, closure_reason = NULL", values, user.username());
			cases.history(id, row.stage(), CaseStage.CLOSED, "CLOSURE_APPROVED", command.reason().strip(),
					user.username());
			events.publishEvent(new CaseStageChanged(id, row.stage(), CaseStage.CLOSED));
			events.publishEvent(new CaseClosed(id, row.stage()));
		}
		else {
			cases.update(id, command.version(),
					"closure_requested_at = NULL, closure_requested_by = NULL, closure_reason = NULL", values,
					user.username());
			cases.history(id, row.stage(), row.stage(), "CLOSURE_REJECTED", command.reason().strip(), user.username());
		}
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id,
				command.approve() ? "closure approved" : "closure rejected");
		return view(id, user);
	}

	@Transactional
	public CaseView transfer(UUID id, Transfer command, CurrentUser user) {
		requireCoordinatorOf(id, user);
		CaseRow row = cases.find(id).orElseThrow();
		if (!row.stage().mayTransfer()) {
			throw new Refused("case.transfer.notFromThisStage");
		}
		Map<String, Object> values = new HashMap<>();
		values.put("stage", CaseStage.TRANSFERRED.name());
		cases.update(id, command.version(), "stage = :stage, resume_stage = NULL", values, user.username());
		cases.history(id, row.stage(), CaseStage.TRANSFERRED, "TRANSFERRED", command.reason().strip(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "transferred");
		events.publishEvent(new CaseStageChanged(id, row.stage(), CaseStage.TRANSFERRED));
		return view(id, user);
	}

	// --- assignment ---

	@Transactional
	public CaseView assignCaseManager(UUID id, AssignCaseManager command, CurrentUser user) {
		requireCoordinatorOf(id, user);
		CaseRow row = cases.find(id).orElseThrow();
		UserAccount manager = accounts.staffMember(command.caseManagerId())
				.filter(UserAccount::active).filter(u -> u.roles().contains(Role.CASE_MANAGER))
				.orElseThrow(() -> new UnknownReference("caseManagerId", "case.assign.notCaseManager"));
		if (!row.regionId().equals(manager.regionId())) {
			throw new Refused("case.assign.otherRegion", "caseManagerId");
		}
		Map<String, Object> values = new HashMap<>();
		values.put("manager", manager.id());
		cases.update(id, command.version(), "case_manager_id = :manager", values, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "case manager " + manager.id());
		return view(id, user);
	}

	/** The case manager gives a sector's section to a specialist of that sector, or takes it back. */
	@Transactional
	public CaseView assignSpecialist(UUID id, Section section, AssignSpecialist command, CurrentUser user) {
		if (!access.grant(id, user).caseManager()) {
			throw new AccessDeniedException("specialists are assigned by the case manager");
		}
		if (section.sector().isEmpty()) {
			throw new Refused("case.assign.noSector");
		}
		if (command.specialistId() != null) {
			accounts.staffMember(command.specialistId()).filter(UserAccount::active)
					.filter(u -> u.roles().contains(Role.SECTOR_SPECIALIST))
					.filter(u -> section.sector().get() == u.sector())
					.orElseThrow(() -> new UnknownReference("specialistId", "case.assign.notSpecialist"));
		}
		sections.assign(id, section, command.version(), command.specialistId(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id,
				"section " + section + " assigned " + command.specialistId());
		return view(id, user);
	}

	private void requireCoordinatorOf(UUID id, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		if (!user.has(Role.COORDINATOR) || !grant.may(Section.CORE, Access.READ)
				|| (user.regionId() != null && !user.regionId().equals(cases.find(id).orElseThrow().regionId()))) {
			throw new AccessDeniedException("the coordinator's decision");
		}
	}

	// --- sections ---

	@Transactional
	public CaseView editSection(UUID id, Section section, EditSection command, CurrentUser user) {
		access.require(id, section, Access.WRITE, user);
		SectionForm form = SectionForm.of(section);
		Map<String, String> fields = new LinkedHashMap<>();
		for (var entry : command.fields().entrySet()) {
			SectionForm.Field field = form.field(entry.getKey())
					.orElseThrow(() -> new Refused("section.field.unknown"));
			Optional<String> problem = field.problemWith(entry.getValue());
			if (problem.isPresent()) {
				throw new Refused(problem.get());
			}
			if (entry.getValue() != null && !entry.getValue().isBlank()) {
				fields.put(field.name(), entry.getValue().strip());
			}
		}
		String status = Text.blankToNull(command.status());
		if (status != null && (!form.hasStatus() || form.status().problemWith(status).isPresent())) {
			throw new Refused("section.value.choice");
		}
		sections.update(id, section, command.version(), fields, status, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "section " + section);
		return view(id, user);
	}

	@Transactional
	public UUID addNote(UUID id, Section section, AddNote command, CurrentUser user) {
		access.require(id, section, Access.WRITE, user);
		UUID note = sections.addNote(id, section, command.notedOn(), command.text(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "note in " + section);
		return note;
	}

	/** Attaches a PDF, JPEG or PNG of at most 10 MB, its type checked by its content, not by its name. */
	@Transactional
	public UUID attach(UUID id, Section section, String fileName, byte[] content, CurrentUser user) {
		access.require(id, section, Access.WRITE, user);
		String type = FileType.of(content).orElseThrow(() -> new Refused("attachment.type"));
		if (content.length > FileType.MAX_BYTES) {
			throw new Refused("attachment.tooLarge");
		}
		String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
		name = name.length() > 200 ? name.substring(0, 200) : name;
		UUID attachment = sections.addAttachment(id, section, name, type, content, user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "attachment in " + section);
		return attachment;
	}

	/** An attached file, for a reader of its section; the download is audited. */
	@Transactional
	public SectionStore.StoredFile attachment(UUID id, UUID attachmentId, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		SectionStore.StoredFile file = sections.file(id, attachmentId)
				.orElseThrow(() -> new RecordNotFound("ATTACHMENT"));
		if (!grant.may(file.section(), Access.READ)) {
			throw new AccessDeniedException("attachment of " + file.section());
		}
		audit.record(user.actor(), AuditAction.EXPORT, "ATTACHMENT", attachmentId, "case " + id);
		return file;
	}

	// --- the plan ---

	/** The plan's goals the user may read, each marked writable or not. */
	@Transactional(readOnly = true)
	public Plan plan(UUID id, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		List<Plan.Goal> goals = plans.goals(id).stream().filter(g -> grant.may(g.domain(), Access.READ))
				.map(g -> new Plan.Goal(g.id(), g.domain(), g.description(), g.actions(), grant.mayPlan(g.domain())))
				.toList();
		return new Plan(id, goals);
	}

	@Transactional
	public UUID addGoal(UUID id, AddGoal command, CurrentUser user) {
		requirePlanning(id, command.domain(), user);
		UUID goal = plans.addGoal(id, command.domain(), command.description(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "goal in " + command.domain());
		return goal;
	}

	@Transactional
	public UUID addAction(UUID id, AddAction command, CurrentUser user) {
		Section domain = plans.domainOfGoal(id, command.goalId())
				.orElseThrow(() -> new UnknownReference("goalId", "plan.goal.unknown"));
		requirePlanning(id, domain, user);
		requireOrganization(command.responsibleOrganizationId(), "responsibleOrganizationId");
		UUID action = plans.addAction(id, command.goalId(), command.description(), command.responsibleOrganizationId(),
				command.dueDate(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "action in " + domain);
		return action;
	}

	@Transactional
	public void changeActionStatus(UUID id, UUID actionId, ChangeActionStatus command, CurrentUser user) {
		Section domain = plans.domainOfAction(id, actionId).orElseThrow(() -> new RecordNotFound("ACTION"));
		requirePlanning(id, domain, user);
		plans.changeStatus(id, actionId, command.version(), command.status(), user.username());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "action " + command.status());
	}

	/** Overdue actions in the user's work: of the cases they manage or whose sections are assigned to them. */
	@Transactional(readOnly = true)
	public List<OverdueAction> myOverdueActions(CurrentUser user) {
		Map<String, Object> params = new HashMap<>();
		params.put("me", user.id());
		return plans.overdue("(c.case_manager_id = :me OR EXISTS (SELECT 1 FROM case_section s WHERE s.case_id = c.id "
				+ "AND s.assigned_specialist_id = :me AND s.section = g.domain))", params);
	}

	private void requirePlanning(UUID id, Section domain, CurrentUser user) {
		if (domain == Section.CORE || domain == Section.SECURITY) {
			throw new Refused("plan.domain.notPlanned");
		}
		if (!access.grant(id, user).mayPlan(domain)) {
			throw new AccessDeniedException("planning in " + domain);
		}
	}
}

package org.homeward.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
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
		List<CaseView.SectionView> visible = new ArrayList<>();
		Map<Section, SectionRow> stored = sections.all(id);
		Map<Section, List<CaseView.Note>> notes = sections.notes(id);
		Map<Section, List<CaseView.Attachment>> files = sections.attachments(id);
		for (Section section : Section.values()) {
			if (grant.access(section) != Access.NONE) {
				visible.add(CaseProjection.section(section, grant, stored.get(section),
						notes.getOrDefault(section, List.of()), files.getOrDefault(section, List.of()),
						user.organizationId()));
			}
		}
		CaseView.Staff manager = row.caseManagerId() == null ? null
				: accounts.staffMember(row.caseManagerId()).map(u -> new CaseView.Staff(u.id(), u.displayName()))
						.orElse(null);
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, id, null);
		audit.record(user.actor(), AuditAction.VIEW, PERSON, row.personId(), "case " + id);
		return CaseProjection.view(row, profiles.profile(row.personId()), manager, cases.history(id), visible, grant);
	}

	/**
	 * The person of a case as the user's audience sees them (for a community worker, name, age and locality), or
	 * none when the user does not reach the case: for lists of work that name the person. The seeing is audited.
	 */
	@Transactional
	public Optional<CaseView.Profile> personSeenBy(UUID id, CurrentUser user) {
		Optional<CaseGrant> grant = access.find(id, user).filter(g -> g.may(Section.CORE, Access.MINIMAL));
		if (grant.isEmpty()) {
			return Optional.empty();
		}
		CaseRow row = cases.find(id).orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
		audit.record(user.actor(), AuditAction.VIEW, PERSON, row.personId(), "case " + id);
		return Optional.of(CaseProjection.profile(profiles.profile(row.personId()), grant.get().header()));
	}

	/** Whether the user sees the person of a case at all, for a count of work; reads nothing of the person. */
	@Transactional(readOnly = true)
	public boolean seesPersonOf(UUID id, CurrentUser user) {
		return access.find(id, user).filter(g -> g.may(Section.CORE, Access.MINIMAL)).isPresent();
	}

	/**
	 * A case's number, to name it in a notice; the notice shows it only to those who see case numbers. A number is
	 * not personal data: it says which case, not whose.
	 */
	@Transactional(readOnly = true)
	public Optional<String> numberOf(UUID id) {
		return cases.find(id).map(CaseRow::number);
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

	/** The case of a person, if it exists and the user reads its core profile. */
	@Transactional(readOnly = true)
	public Optional<UUID> caseOfPerson(UUID personId, CurrentUser user) {
		return cases.caseOfPerson(personId).filter(id -> mayRead(id, user));
	}

	/**
	 * Whether the user may open a case for this person: a coordinator or case manager, the person within their
	 * registry scope, and no case open yet. A person out of scope and a case out of reach answer alike.
	 */
	@Transactional(readOnly = true)
	public boolean mayOpenCaseFor(UUID personId, CurrentUser user) {
		return user.hasAny(Role.COORDINATOR, Role.CASE_MANAGER) && profiles.placement(personId)
				.filter(p -> user.regionId() == null || user.regionId().equals(p.regionId())).isPresent()
				&& cases.caseOfPerson(personId).isEmpty();
	}

	/**
	 * The cases the user reaches, filtered, each as the roles that reach it may see it; each person listed is
	 * audited as seen. A filter on a fact (stage, region, flags, overdue actions) is applied only to the cases the
	 * user reaches in a role that sees that fact: filtering by what one may not see would tell it.
	 */
	@Transactional
	public PageOf<CaseSummary> caseload(CaseFilter filter, PageOf.Request page, CurrentUser user) {
		Set<Role> roles = rolesFor(filter.needs(), user);
		PageOf<CaseStore.CaseloadRow> rows = cases.caseload(user, roles, filter, page);
		List<CaseSummary> items = rows.items().stream()
				.map(row -> CaseProjection.summary(row.stored(), headerOf(row.reachedAs(), user))).toList();
		audit.recordEach(user.actor(), AuditAction.LIST, PERSON,
				rows.items().stream().map(row -> row.stored().personId()).toList(), "caseload");
		return new PageOf<>(items, rows.page(), rows.size(), rows.total());
	}

	/** The most cases one download holds. */
	public static final int EXPORT_LIMIT = 5000;

	/**
	 * The cases the filter finds, up to {@link #EXPORT_LIMIT}, each as the roles that reach it may see it: for a
	 * download, audited as an export of each person.
	 */
	@Transactional
	public List<CaseSummary> export(CaseFilter filter, CurrentUser user) {
		Set<Role> roles = rolesFor(filter.needs(), user);
		List<CaseStore.CaseloadRow> rows = cases.caseload(user, roles, filter, EXPORT_LIMIT);
		audit.recordEach(user.actor(), AuditAction.EXPORT, PERSON,
				rows.stream().map(row -> row.stored().personId()).toList(), "caseload download");
		return rows.stream().map(row -> CaseProjection.summary(row.stored(), headerOf(row.reachedAs(), user)))
				.toList();
	}

	/** Counts by stage, for those who see the caseload's figures (the coordinator and the case manager). */
	@Transactional(readOnly = true)
	public Map<CaseStage, Long> countsByStage(CaseFilter filter, CurrentUser user) {
		Set<HeaderField> needed = EnumSet.of(HeaderField.CASELOAD_FIGURES);
		needed.addAll(filter.needs());
		return cases.countsByStage(user, rolesFor(needed, user), filter);
	}

	/** Whether the user sees counts by stage at all. */
	public static boolean mayCount(CurrentUser user) {
		return !CaseProjection.rolesSeeing(user, EnumSet.of(HeaderField.CASELOAD_FIGURES)).isEmpty();
	}

	private static Set<Role> rolesFor(Set<HeaderField> needed, CurrentUser user) {
		Set<Role> roles = CaseProjection.rolesSeeing(user, needed);
		if (roles.isEmpty()) {
			throw new AccessDeniedException("no role of the user sees " + needed);
		}
		return roles;
	}

	private static Set<HeaderField> headerOf(Set<Role> roles, CurrentUser user) {
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		roles.forEach(role -> Audience.of(role, user.sector()).ifPresent(audiences::add));
		return Audience.union(audiences);
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
		return access.find(caseId, user).map(grant -> grant.may(Section.CORE, Access.READ)).orElse(false);
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
		events.publishEvent(new ClosureRequested(id));
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
		if (access.require(id, section, Access.WRITE, user).ownOrganizationOnly(section)) {
			throw new AccessDeniedException("the fields of a section shared with other organisations");
		}
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
		UUID note = sections.addNote(id, section, command.notedOn(), command.text(), user.username(),
				user.organizationId());
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
		UUID attachment = sections.addAttachment(id, section, name, type, content, user.username(),
				user.organizationId());
		audit.record(user.actor(), AuditAction.UPDATE, RECORD_TYPE, id, "attachment in " + section);
		return attachment;
	}

	/** An attached file, for a reader of its section; the download is audited. */
	@Transactional
	public SectionStore.StoredFile attachment(UUID id, UUID attachmentId, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		SectionStore.StoredFile file = sections.file(id, attachmentId)
				.orElseThrow(() -> new RecordNotFound("ATTACHMENT"));
		if (!grant.may(file.section(), Access.READ) || (grant.ownOrganizationOnly(file.section())
				&& !java.util.Objects.equals(file.organizationId(), user.organizationId()))) {
			throw new AccessDeniedException("attachment of " + file.section());
		}
		audit.record(user.actor(), AuditAction.EXPORT, "ATTACHMENT", attachmentId, "case " + id);
		return file;
	}

	// --- the plan ---

	/**
	 * The plan's goals in the domains the user reads in their normal work (an emergency grant opens a section, not
	 * its plan; a community worker's part of the community section is their own referral's notes, not the case
	 * manager's plan), each marked writable or not; the reading is audited.
	 */
	@Transactional
	public Plan plan(UUID id, CurrentUser user) {
		CaseGrant grant = access.grant(id, user);
		List<Plan.Goal> goals = plans.goals(id).stream()
				.filter(g -> grant.readsNormally(g.domain()) && !grant.ownOrganizationOnly(g.domain()))
				.map(g -> new Plan.Goal(g.id(), g.domain(), g.description(), g.actions(), grant.mayPlan(g.domain())))
				.toList();
		audit.record(user.actor(), AuditAction.VIEW, RECORD_TYPE, id, "plan");
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

	/**
	 * Overdue actions in the user's work: of the cases they manage. Overdue actions are among the caseload's figures,
	 * which only the case manager and the coordinator see; the listing is audited.
	 */
	@Transactional
	public List<OverdueAction> myOverdueActions(CurrentUser user) {
		if (!user.has(Role.CASE_MANAGER)) {
			return List.of();
		}
		// a closed or transferred case's plan is no one's work any more (overdueOfManager leaves them out)
		List<OverdueAction> overdue = plans.overdueOfManager(user.id(), 200);
		audit.recordEach(user.actor(), AuditAction.LIST, RECORD_TYPE,
				overdue.stream().map(OverdueAction::caseId).distinct().toList(), "overdue actions");
		return overdue;
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

package org.homeward.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseStage;
import org.homeward.cases.CaseView;
import org.homeward.cases.Cases;
import org.homeward.cases.Commands;
import org.homeward.cases.Section;
import org.homeward.cases.VulnerabilityFlag;
import org.homeward.registry.CitizenshipStatus;
import org.homeward.registry.PersonKind;
import org.homeward.registry.Relationship;

/**
 * Cases for the demo returnees, at every stage, so that caseloads, counts per stage, the plan's overdue actions and
 * each agency's sections have something to show. Everything goes through the cases module's own rules, made by
 * the people whose job it is: the case manager moves stages, the coordinator approves closures, the prosecutor
 * writes the legal section. Households of regions without a demo case manager get cases the coordinator has yet to
 * assign.
 */
final class DemoCases {

	/** How far each household's cases have come, in turn, so that every stage is represented. */
	private static final List<CaseStage> TARGETS = List.of(CaseStage.REHABILITATION, CaseStage.REINTEGRATION,
			CaseStage.ASSESSMENT, CaseStage.MONITORING, CaseStage.REHABILITATION, CaseStage.RECEPTION,
			CaseStage.REINTEGRATION, CaseStage.CLOSED, CaseStage.ON_HOLD, CaseStage.REHABILITATION,
			CaseStage.MONITORING, CaseStage.LOST_CONTACT, CaseStage.ASSESSMENT, CaseStage.REINTEGRATION,
			CaseStage.TRANSFERRED);

	/** What was opened, for the log, and the cases with their people for the assessments. */
	record Loaded(int cases, List<OpenedCase> opened) {
	}

	record OpenedCase(UUID caseId, PersonKindOfCase who, CaseStage stage, LocalDate arrival, CurrentUser caseManager) {
	}

	enum PersonKindOfCase { ADULT, CHILD }

	private final Cases cases;
	private final CurrentUser coordinator;
	private final Map<UUID, CurrentUser> caseManagersByRegion;
	private final CurrentUser justice;
	private final CurrentUser security;
	private final CurrentUser health;
	private final Random random = new Random(20240514);

	DemoCases(Cases cases, CurrentUser coordinator, Map<UUID, CurrentUser> caseManagersByRegion, CurrentUser justice,
			CurrentUser security, CurrentUser health) {
		this.cases = cases;
		this.coordinator = coordinator;
		this.caseManagersByRegion = caseManagersByRegion;
		this.justice = justice;
		this.security = security;
		this.health = health;
	}

	Loaded load(List<DemoRegistry.RegisteredHousehold> households) {
		List<OpenedCase> opened = new java.util.ArrayList<>();
		int turn = 0;
		int unassigned = 0;
		for (DemoRegistry.RegisteredHousehold household : households) {
			CurrentUser manager = caseManagersByRegion.get(household.regionId());
			if (manager == null && unassigned++ >= 8) {
				continue; // a handful of cases waiting for assignment are enough to show the coordinator's work
			}
			CaseStage target = TARGETS.get(turn++ % TARGETS.size());
			UUID motherCase = null;
			boolean hasMother = household.members().stream().anyMatch(m -> m.relationship() == Relationship.MOTHER);
			for (DemoRegistry.RegisteredMember member : household.members()) {
				if (member.details().kind() != PersonKind.RETURNEE) {
					continue;
				}
				boolean child = Period.between(member.details().birthDate(), LocalDate.now()).getYears() < 18;
				Set<VulnerabilityFlag> flags = flags(member, child, hasMother);
				CurrentUser opener = manager != null ? manager : coordinator;
				CaseView view = cases.open(new Commands.OpenCase(member.personId(), child ? motherCase : null, null,
						flags), opener);
				if (member.relationship() == Relationship.MOTHER) {
					motherCase = view.id();
				}
				if (manager != null) {
					advance(view, target, manager, child, member, household.regionId());
				}
				opened.add(new OpenedCase(view.id(), child ? PersonKindOfCase.CHILD : PersonKindOfCase.ADULT,
						manager == null ? CaseStage.RECEPTION : target, member.details().arrivalDate(), manager));
			}
		}
		return new Loaded(opened.size(), opened);
	}

	private Set<VulnerabilityFlag> flags(DemoRegistry.RegisteredMember member, boolean child, boolean hasMother) {
		Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
		if (child && !hasMother) {
			flags.add(VulnerabilityFlag.UNACCOMPANIED_MINOR);
		}
		if (child && member.details().citizenshipStatus() != CitizenshipStatus.CITIZEN && random.nextInt(3) == 0) {
			flags.add(VulnerabilityFlag.STATELESSNESS_RISK);
		}
		int draw = random.nextInt(100);
		if (draw < 6) {
			flags.add(VulnerabilityFlag.URGENT_MEDICAL_NEED);
		}
		else if (draw < 10) {
			flags.add(VulnerabilityFlag.DISABILITY);
		}
		else if (!child && draw < 13) {
			flags.add(VulnerabilityFlag.PREGNANCY);
		}
		return flags;
	}

	/** Walks the case along the main line to its target stage, recording what each agency did on the way. */
	private void advance(CaseView view, CaseStage target, CurrentUser manager, boolean child,
			DemoRegistry.RegisteredMember member, UUID regionId) {
		UUID id = view.id();
		LocalDate arrival = member.details().arrivalDate() != null ? member.details().arrivalDate() : LocalDate.now();
		CaseStage reach = target.isActive() ? target : target == CaseStage.CLOSED ? CaseStage.MONITORING
				: CaseStage.REHABILITATION;
		int steps = CaseStage.MAIN_LINE.indexOf(reach);
		for (int i = 1; i <= steps; i++) {
			CaseStage next = CaseStage.MAIN_LINE.get(i);
			view = cases.changeStage(id, new Commands.ChangeStage(view.version(), next, reason(next)), manager);
		}
		// The demo's security and justice officers work in Tashkent: they screen and prosecute there only.
		if (steps >= 1 && regionId.equals(security.regionId())) {
			security(id, child);
			if (!child && random.nextInt(4) == 0) {
				legal(id);
			}
		}
		if (steps >= 2) {
			section(id, Section.FAMILY, manager, Map.of("careArrangement", child ? "MOTHER" : "INDEPENDENT",
					"familyPlacementDate", arrival.plusDays(20 + random.nextInt(120)).toString(), "housing",
					random.nextInt(5) == 0 ? "INADEQUATE" : "ADEQUATE"));
			plan(id, manager, steps, child);
			if (view.flags().contains(VulnerabilityFlag.URGENT_MEDICAL_NEED)) {
				assignHealth(id, manager);
			}
		}
		if (steps >= 3 && child && Period.between(member.details().birthDate(), LocalDate.now()).getYears() >= 7) {
			section(id, Section.EDUCATION, manager, Map.of("enrolled", "YES", "institution", "School No. "
					+ (10 + random.nextInt(250)), "enrolledOn", arrival.plusMonths(3).toString()));
		}
		view = cases.view(id, manager);
		if (target == CaseStage.CLOSED) {
			view = cases.requestClosure(id, new Commands.RequestClosure(view.version(),
					"Stable housing, school and work for over a year; the family no longer needs case management."),
					manager);
			cases.decideClosure(id, new Commands.DecideClosure(view.version(), true,
					"Reintegration confirmed at the monitoring visit."), coordinator);
		}
		else if (target == CaseStage.TRANSFERRED) {
			cases.transfer(id, new Commands.Transfer(view.version(),
					"The family moved abroad to join relatives; the case continues with the programme there."),
					coordinator);
		}
		else if (target.isPaused()) {
			cases.changeStage(id, new Commands.ChangeStage(view.version(), target, target == CaseStage.ON_HOLD
					? "Treatment in the regional hospital." : "No answer at the address or phone for two months."),
					manager);
		}
	}

	private void security(UUID id, boolean child) {
		if (child) {
			return; // children are treated as victims: no screening recorded for them
		}
		section(id, Section.SECURITY, security, Map.of("screenedOn", LocalDate.now().minusMonths(6).toString()),
				random.nextInt(5) == 0 ? "UNDER_MONITORING" : "CLEARED");
	}

	private void legal(UUID id) {
		section(id, Section.LEGAL, justice, Map.of("court", "Tashkent City Criminal Court"),
				random.nextBoolean() ? "AMNESTIED" : "UNDER_INVESTIGATION");
	}

	private void assignHealth(UUID id, CurrentUser manager) {
		int version = cases.view(id, manager).section(Section.HEALTH).version();
		if (manager.regionId().equals(health.regionId())) {
			cases.assignSpecialist(id, Section.HEALTH, new Commands.AssignSpecialist(version, health.id()), manager);
			section(id, Section.HEALTH, health, Map.of("generalCondition", "POOR", "followUpNeeded", "YES",
					"lastMedicalCheck", LocalDate.now().minusWeeks(3).toString()));
		}
	}

	private void plan(UUID id, CurrentUser manager, int steps, boolean child) {
		UUID goal = cases.addGoal(id, new Commands.AddGoal(Section.DOCUMENTS,
				child ? "Birth registration and citizenship confirmed" : "Identity documents issued"), manager);
		// Some actions are past their due date: the overdue check flags them on the case and on "my work".
		LocalDate due = LocalDate.now().plusDays(random.nextInt(60) - 20);
		cases.addAction(id, new Commands.AddAction(goal, child ? "Apply to the civil registry office"
				: "Apply for a passport", null, due), manager);
		if (steps >= 3) {
			UUID work = cases.addGoal(id, new Commands.AddGoal(child ? Section.EDUCATION : Section.LIVELIHOOD,
					child ? "Regular school attendance" : "Stable income"), manager);
			cases.addAction(id, new Commands.AddAction(work, child ? "Meet the class teacher every month"
					: "Vocational training in sewing or cooking", null, LocalDate.now().plusDays(random.nextInt(90))),
					manager);
		}
	}

	private void section(UUID id, Section section, CurrentUser who, Map<String, String> fields) {
		section(id, section, who, fields, null);
	}

	private void section(UUID id, Section section, CurrentUser who, Map<String, String> fields, String status) {
		int version = cases.view(id, who).section(section).version();
		cases.editSection(id, section, new Commands.EditSection(version, new HashMap<>(fields), status), who);
	}

	private static String reason(CaseStage next) {
		return switch (next) {
			case ASSESSMENT -> "Reception completed: medical check and temporary documents.";
			case REHABILITATION -> "Needs assessed; rehabilitation plan agreed with the family.";
			case REINTEGRATION -> "Rehabilitation goals met; moving to life in the community.";
			case MONITORING -> "Living independently; regular monitoring visits.";
			default -> "Progress of the case.";
		};
	}
}

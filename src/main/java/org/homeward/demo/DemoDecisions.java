package org.homeward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homeward.accounts.CurrentUser;
import org.homeward.cases.CaseStage;
import org.homeward.cases.CaseTransfers;
import org.homeward.cases.CaseView;
import org.homeward.cases.Cases;
import org.homeward.cases.Commands;
import org.homeward.cases.Section;

/**
 * What waits for someone when the demo opens, so that every step of the README can be tried at once: a closure the
 * national coordinator decides, a transfer into Fergana its coordinator accepts or declines, a psychologist with
 * children's and women's psychosocial sections to work on, and a school with pupils to follow.
 */
final class DemoDecisions {

	private final Cases cases;
	private final CaseTransfers transfers;

	DemoDecisions(Cases cases, CaseTransfers transfers) {
		this.cases = cases;
		this.transfers = transfers;
	}

	/** Returns how many things now wait for a decision or for work. */
	int load(List<DemoCases.OpenedCase> opened, CurrentUser caseManager, java.util.UUID fergana,
			CurrentUser psychologist, CurrentUser teacher) {
		List<DemoCases.OpenedCase> hers = opened.stream()
				.filter(c -> c.caseManager() != null && Objects.equals(c.caseManager().id(), caseManager.id())).toList();
		int waiting = 0;
		var monitored = hers.stream().filter(c -> c.stage() == CaseStage.MONITORING).findFirst();
		if (monitored.isPresent()) {
			CaseView view = cases.view(monitored.get().caseId(), caseManager);
			cases.requestClosure(view.id(), new Commands.RequestClosure(view.version(),
					"Two years in her own home, the children at school, steady work; no support needed any more."),
					caseManager);
			waiting++;
		}
		var moving = hers.stream().filter(c -> c.stage() == CaseStage.REINTEGRATION).findFirst();
		if (moving.isPresent()) {
			transfers.request(moving.get().caseId(), new CaseTransfers.RequestTransfer(fergana, null,
					"The family moves to her parents in Fergana; the school there has a place for the children."),
					caseManager);
			waiting++;
		}
		List<DemoCases.OpenedCase> inRehabilitation = hers.stream()
				.filter(c -> c.stage() == CaseStage.REHABILITATION).limit(3).toList();
		for (DemoCases.OpenedCase c : inRehabilitation) {
			int version = cases.view(c.caseId(), caseManager).section(Section.PSYCHOSOCIAL).version();
			cases.assignSpecialist(c.caseId(), Section.PSYCHOSOCIAL,
					new Commands.AssignSpecialist(version, psychologist.id()), caseManager);
			CaseView view = cases.view(c.caseId(), psychologist);
			cases.editSection(c.caseId(), Section.PSYCHOSOCIAL, new Commands.EditSection(
					view.section(Section.PSYCHOSOCIAL).version(), Map.of("receivingSupport", "YES", "distressLevel",
							c.who() == DemoCases.PersonKindOfCase.CHILD ? "MEDIUM" : "HIGH", "sessionsAttended", "3"),
					null), psychologist);
			cases.addNote(c.caseId(), Section.PSYCHOSOCIAL, new Commands.AddNote(LocalDate.now().minusDays(5),
					"Third session: sleeps better, still startles at loud noises. Weekly sessions go on."),
					psychologist);
			waiting++;
		}
		List<DemoCases.OpenedCase> pupils = hers.stream().filter(c -> c.who() == DemoCases.PersonKindOfCase.CHILD)
				.filter(c -> c.stage() == CaseStage.REINTEGRATION || c.stage() == CaseStage.MONITORING).limit(3).toList();
		for (DemoCases.OpenedCase c : pupils) {
			int version = cases.view(c.caseId(), caseManager).section(Section.EDUCATION).version();
			cases.assignSpecialist(c.caseId(), Section.EDUCATION, new Commands.AssignSpecialist(version, teacher.id()),
					caseManager);
			CaseView view = cases.view(c.caseId(), teacher);
			var education = view.section(Section.EDUCATION);
			Map<String, String> fields = new java.util.HashMap<>(education.fields());
			fields.put("grade", "3");
			fields.put("languageSupportNeeded", "YES");
			cases.editSection(c.caseId(), Section.EDUCATION, new Commands.EditSection(education.version(), fields, null),
					teacher);
			cases.addNote(c.caseId(), Section.EDUCATION, new Commands.AddNote(LocalDate.now().minusDays(2),
					"Reads slowly in Uzbek; extra lessons twice a week with the class teacher."), teacher);
			waiting++;
		}
		return waiting;
	}
}

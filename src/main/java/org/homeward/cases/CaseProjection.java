package org.homeward.cases;

import static org.homeward.cases.HeaderField.AGE;
import static org.homeward.cases.HeaderField.BIRTH_DATE;
import static org.homeward.cases.HeaderField.CASELOAD_FIGURES;
import static org.homeward.cases.HeaderField.CASE_MANAGER;
import static org.homeward.cases.HeaderField.CASE_NUMBER;
import static org.homeward.cases.HeaderField.HOUSEHOLD;
import static org.homeward.cases.HeaderField.NAMES;
import static org.homeward.cases.HeaderField.ORIGIN;
import static org.homeward.cases.HeaderField.REASONS;
import static org.homeward.cases.HeaderField.REGION;
import static org.homeward.cases.HeaderField.STAGE;
import static org.homeward.cases.HeaderField.VULNERABILITY_FLAGS;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.cases.internal.CaseStore.CaseRow;
import org.homeward.cases.internal.SectionStore.SectionRow;

/**
 * A case as each audience may see it (DESIGN.md §2, both tables), in one place: every list, count, page, fragment,
 * PDF, notice and export of a case is built from what this returns, so that what an audience may not see is not
 * even sent. Hidden facts are left out (null), never shown empty as if they were known to be empty.
 */
public final class CaseProjection {

	private CaseProjection() {
	}

	/** The facts a user may see in lists of cases in any of their roles: the columns a caseload page may show. */
	public static Set<HeaderField> listFields(CurrentUser user) {
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		user.roles().forEach(role -> Audience.of(role, user.sector()).ifPresent(audiences::add));
		return Audience.union(audiences);
	}

	/** The user's roles whose audiences see every one of these facts; a list filtered by them is read in those. */
	public static Set<Role> rolesSeeing(CurrentUser user, Set<HeaderField> needed) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : user.roles()) {
			Audience.of(role, user.sector()).filter(a -> a.fields().containsAll(needed)).ifPresent(a -> roles.add(role));
		}
		return roles;
	}

	/**
	 * Whether everything shown to the user must be worded plainly: schools, mahallas and civil-society organisations
	 * never read "returnee", "repatriation", "rehabilitation", "screening" or "proceedings", children being treated
	 * first as victims (DESIGN.md §2).
	 */
	public static boolean speaksPlainly(CurrentUser user) {
		return user.roles().stream().map(role -> Audience.of(role, user.sector())).flatMap(java.util.Optional::stream)
				.anyMatch(audience -> audience == Audience.EDUCATION || audience == Audience.COMMUNITY);
	}

	static CaseHeader header(CaseHeader stored, CaseGrant grant) {
		Set<HeaderField> header = grant.header();
		return new CaseHeader(stored.caseId(), header.contains(CASE_NUMBER) ? stored.number() : null,
				header.contains(HOUSEHOLD) ? stored.personId() : null,
				header.contains(NAMES) ? stored.personName() : null, header.contains(STAGE) ? stored.stage() : null);
	}

	static CaseView.Profile profile(CaseView.Profile stored, Set<HeaderField> header) {
		boolean names = header.contains(NAMES);
		boolean origin = header.contains(ORIGIN);
		return new CaseView.Profile(header.contains(HOUSEHOLD) ? stored.personId() : null, names ? stored.name() : null,
				names ? stored.nameCyrillic() : null, header.contains(AGE) ? stored.age() : null,
				names ? stored.locality() : null, names ? stored.sex() : null,
				header.contains(BIRTH_DATE) ? stored.birthDate() : null, origin ? stored.citizenshipStatus() : null,
				origin ? stored.arrivalDate() : null, origin ? stored.operationName() : null);
	}

	/** A caseload row as the reader sees it, with the facts of the audiences in which they reach this case. */
	static CaseSummary summary(CaseSummary stored, Set<HeaderField> header) {
		boolean names = header.contains(NAMES);
		boolean figures = header.contains(CASELOAD_FIGURES);
		return new CaseSummary(stored.id(), header.contains(CASE_NUMBER) ? stored.number() : null,
				header.contains(HOUSEHOLD) ? stored.personId() : null,
				names ? stored.name() : null, header.contains(AGE) ? stored.age() : null,
				names ? stored.locality() : null, header.contains(BIRTH_DATE) ? stored.birthDate() : null,
				header.contains(REGION) ? stored.regionId() : null, header.contains(STAGE) ? stored.stage() : null,
				header.contains(VULNERABILITY_FLAGS) ? stored.flags() : null,
				header.contains(CASE_MANAGER) ? stored.caseManager() : null,
				figures ? stored.closureRequested() : null, figures ? stored.overdueActions() : null);
	}

	/** The case, from what is stored, as the grant's holder may see it. */
	static CaseView view(CaseRow row, CaseView.Profile person, CaseView.Staff manager,
			List<CaseView.StageChange> history, List<CaseView.SectionView> sections, CaseGrant grant) {
		Set<HeaderField> header = grant.header();
		boolean stage = header.contains(STAGE);
		boolean reasons = header.contains(REASONS);
		boolean staff = header.contains(CASE_MANAGER);
		CaseView.ClosureRequest closure = row.closureRequestedAt() == null || !reasons ? null
				: new CaseView.ClosureRequest(row.closureRequestedAt(), row.closureRequestedBy(), row.closureReason());
		List<CaseView.StageChange> changes = !stage ? null
				: history.stream().map(change -> reasons ? change
						: new CaseView.StageChange(change.from(), change.to(), change.kind(), null, change.changedBy(),
								change.changedAt()))
						.toList();
		return new CaseView(row.id(), row.version(), header.contains(CASE_NUMBER) ? row.number() : null,
				profile(person, header), stage ? row.stage() : null,
				stage ? row.resumeStage() : null, header.contains(VULNERABILITY_FLAGS) ? row.flags() : null,
				header.contains(REGION) ? row.regionId() : null, staff ? row.owningOrganizationId() : null,
				staff ? manager : null, header.contains(HOUSEHOLD) ? row.motherCaseId() : null, closure, changes,
				sections, grant, stage ? row.openedAt() : null, stage ? row.openedBy() : null,
				stage ? row.updatedAt() : null, stage ? row.updatedBy() : null);
	}

	/**
	 * A section as the reader may see it: with {@link Access#STATUS} only its status; where they read only their own
	 * organisation's part (a community worker in the community section), only their organisation's notes and files,
	 * not the fields others share.
	 */
	static CaseView.SectionView section(Section section, CaseGrant grant, SectionRow stored, List<CaseView.Note> notes,
			List<CaseView.Attachment> files, UUID readerOrganization) {
		Access level = grant.access(section);
		if (level == Access.STATUS || level == Access.MINIMAL) {
			return new CaseView.SectionView(section, level, stored.version(), Map.of(),
					level == Access.STATUS ? stored.status() : null, null, List.of(), List.of(), null, null);
		}
		if (grant.ownOrganizationOnly(section)) {
			return new CaseView.SectionView(section, level, stored.version(), Map.of(), null, null,
					notes.stream().filter(n -> Objects.equals(n.organizationId(), readerOrganization)).toList(),
					files.stream().filter(f -> Objects.equals(f.organizationId(), readerOrganization)).toList(), null,
					null);
		}
		CaseView.Staff specialist = stored.assignedSpecialistId() == null ? null
				: new CaseView.Staff(stored.assignedSpecialistId(), stored.assignedSpecialistName());
		return new CaseView.SectionView(section, level, stored.version(), stored.fields(), stored.status(), specialist,
				notes, files, stored.updatedAt(), stored.updatedBy());
	}
}

package org.homeward.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.cases.CaseFacts;
import org.homeward.cases.CaseFilter;
import org.homeward.cases.CaseHeader;
import org.homeward.cases.CaseReach;
import org.homeward.cases.CaseScope;
import org.homeward.cases.CaseStage;
import org.homeward.cases.CaseSummary;
import org.homeward.cases.CaseView;
import org.homeward.cases.MotherCase;
import org.homeward.cases.Section;
import org.homeward.cases.VulnerabilityFlag;
import org.homeward.registry.PersonNames;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.homeward.shared.StaleVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases in PostgreSQL: what decides who reaches a case, and the facts other modules read. */
@Repository
public class CaseStore {

	private final JdbcClient jdbc;
	private final List<CaseReach> reaches;

	CaseStore(JdbcClient jdbc, List<CaseReach> reaches) {
		this.jdbc = jdbc;
		this.reaches = reaches;
	}

	public Optional<CaseScope.Subject> scopeSubject(UUID caseId) {
		return jdbc.sql("SELECT id, region_id, case_manager_id FROM case_file WHERE id = ?").param(caseId)
				.query((rs, n) -> new CaseScope.Subject(rs.getObject("id", UUID.class),
						rs.getObject("region_id", UUID.class), rs.getObject("case_manager_id", UUID.class),
						assignedSpecialists(caseId)))
				.optional();
	}

	private Map<Section, UUID> assignedSpecialists(UUID caseId) {
		Map<Section, UUID> assigned = new EnumMap<>(Section.class);
		jdbc.sql("SELECT section, assigned_specialist_id FROM case_section WHERE case_id = ? AND assigned_specialist_id IS NOT NULL")
				.param(caseId)
				.query((ResultSet rs) -> {
					assigned.put(Section.valueOf(rs.getString("section")), rs.getObject("assigned_specialist_id", UUID.class));
				});
		return assigned;
	}

	public Optional<CaseFacts> facts(UUID caseId) {
		return jdbc.sql("""
				SELECT c.id, c.person_id, c.region_id, c.stage, p.birth_date
				FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.id = ?""").param(caseId)
				.query((rs, n) -> new CaseFacts(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
						rs.getObject("region_id", UUID.class), CaseStage.valueOf(rs.getString("stage")),
						rs.getObject("birth_date", LocalDate.class)))
				.optional();
	}

	public Optional<CaseHeader> header(UUID caseId) {
		return jdbc.sql("""
				SELECT c.id, c.number, c.person_id, c.stage, p.surname_latin, p.given_name_latin, p.patronymic_latin,
				  p.surname_cyrillic, p.given_name_cyrillic, p.patronymic_cyrillic
				FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.id = ?""").param(caseId)
				.query((rs, n) -> new CaseHeader(rs.getObject("id", UUID.class), rs.getString("number"),
						rs.getObject("person_id", UUID.class), displayName(rs), CaseStage.valueOf(rs.getString("stage"))))
				.optional();
	}

	/** The name a list or heading shows: Latin when recorded, else Cyrillic. */
	static String displayName(ResultSet rs) throws SQLException {
		String latin = PersonNames.join(rs.getString("surname_latin"), rs.getString("given_name_latin"),
				rs.getString("patronymic_latin"));
		return latin.isEmpty() ? PersonNames.join(rs.getString("surname_cyrillic"), rs.getString("given_name_cyrillic"),
				rs.getString("patronymic_cyrillic")) : latin;
	}

	/** A case row as stored. */
	public record CaseRow(UUID id, int version, String number, UUID personId, UUID motherCaseId, UUID regionId,
			UUID owningOrganizationId, UUID caseManagerId, CaseStage stage, CaseStage resumeStage,
			Set<VulnerabilityFlag> flags, Instant closureRequestedAt, String closureRequestedBy, String closureReason,
			Instant openedAt, String openedBy, Instant updatedAt, String updatedBy) {
	}

	public Optional<CaseRow> find(UUID id) {
		return jdbc.sql("SELECT * FROM case_file WHERE id = ?").param(id).query(CaseStore::row).optional();
	}

	public Optional<UUID> caseOfPerson(UUID personId) {
		return jdbc.sql("SELECT id FROM case_file WHERE person_id = ?").param(personId).query(UUID.class).optional();
	}

	public void insert(UUID id, UUID personId, UUID motherCaseId, UUID regionId, UUID organizationId,
			UUID caseManagerId, Set<VulnerabilityFlag> flags, String actor) {
		try {
			jdbc.sql("""
					INSERT INTO case_file (id, number, person_id, mother_case_id, region_id, owning_organization_id,
					  case_manager_id, stage, flags, opened_by, updated_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, 'RECEPTION', ?, ?, ?)""")
					.params(id, nextNumber(regionId, LocalDate.now().getYear()), personId, motherCaseId, regionId,
							organizationId, caseManagerId, names(flags), actor, actor)
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("case.alreadyOpen");
		}
		for (Section section : Section.values()) {
			jdbc.sql("INSERT INTO case_section (case_id, section, updated_by) VALUES (?, ?, ?)")
					.params(id, section.name(), actor).update();
		}
		history(id, null, CaseStage.RECEPTION, "OPENED", "-", actor);
	}

	/**
	 * The next number of a case opened in this region in this year, "UZ-TAS-2026-000123": counted per region and
	 * year in one statement, so that two cases opened at once never share a number.
	 */
	String nextNumber(UUID regionId, int year) {
		String prefix = jdbc.sql("SELECT country_code || '-' || coalesce(code, 'REG') FROM region WHERE id = ?")
				.param(regionId).query(String.class).single() + "-" + year;
		int sequence = jdbc.sql("""
				INSERT INTO case_number_counter (prefix, last) VALUES (?, 1)
				ON CONFLICT (prefix) DO UPDATE SET last = case_number_counter.last + 1 RETURNING last""")
				.param(prefix).query(Integer.class).single();
		return prefix + "-" + String.format("%06d", sequence);
	}

	/** How many cases meet a condition on {@code case_file c}. */
	public long count(String condition, Map<String, Object> params) {
		return jdbc.sql("SELECT count(*) FROM case_file c WHERE " + condition).params(params).query(Long.class).single();
	}

	/** The open cases with overdue actions, by region, among those meeting a condition. */
	public Map<UUID, Long> overdueByRegion(String condition, Map<String, Object> params) {
		Map<UUID, Long> byRegion = new java.util.LinkedHashMap<>();
		jdbc.sql("SELECT c.region_id, count(*) AS n FROM case_file c WHERE " + condition
				+ " AND c.stage NOT IN ('CLOSED', 'TRANSFERRED') AND EXISTS (SELECT 1 FROM plan_action a"
				+ " WHERE a.case_id = c.id AND a.overdue) GROUP BY c.region_id ORDER BY n DESC").params(params)
				.query((ResultSet rs) -> {
					byRegion.put(rs.getObject("region_id", UUID.class), rs.getLong("n"));
				});
		return byRegion;
	}

	/** Gives the cases opened before case numbers existed a number, in the order they were opened. */
	public int numberTheUnnumbered() {
		List<Object[]> unnumbered = jdbc.sql("SELECT id, region_id, opened_at FROM case_file WHERE number IS NULL ORDER BY opened_at, id")
				.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getObject("region_id", UUID.class),
						rs.getTimestamp("opened_at").toLocalDateTime().getYear() })
				.list();
		for (Object[] row : unnumbered) {
			jdbc.sql("UPDATE case_file SET number = ? WHERE id = ?")
					.params(nextNumber((UUID) row[1], (Integer) row[2]), row[0]).update();
		}
		return unnumbered.size();
	}

	/** The minimal profile of a case's person (name, age, locality), with the case number. */
	public record MinimalProfile(String caseNumber, UUID personId, String name, int age, String locality) {
	}

	public MinimalProfile minimalProfile(UUID caseId) {
		return jdbc.sql("""
				SELECT c.number, p.id AS person_id, p.surname_latin, p.given_name_latin, p.patronymic_latin,
				  p.surname_cyrillic, p.given_name_cyrillic, p.patronymic_cyrillic, p.birth_date, p.locality
				FROM case_file c JOIN person p ON p.id = c.person_id WHERE c.id = ?""").param(caseId)
				.query((rs, n) -> new MinimalProfile(rs.getString("number"), rs.getObject("person_id", UUID.class),
						displayName(rs),
						Period.between(rs.getObject("birth_date", LocalDate.class), LocalDate.now()).getYears(),
						rs.getString("locality")))
				.single();
	}

	/** The case with this number, written as people write it (any case, spaces around). */
	public Optional<UUID> withNumber(String number) {
		return jdbc.sql("SELECT id FROM case_file WHERE number = upper(trim(?))").param(number).query(UUID.class)
				.optional();
	}

	/** Applies a change to the case row if it is still at {@code version}; the version moves on by one. */
	public void update(UUID id, int version, String assignments, Map<String, Object> values, String actor) {
		Map<String, Object> params = new HashMap<>(values);
		params.put("id", id);
		params.put("version", version);
		params.put("actor", actor);
		int updated = jdbc.sql("UPDATE case_file SET " + assignments
				+ ", version = version + 1, updated_at = now(), updated_by = :actor WHERE id = :id AND version = :version")
				.params(params).update();
		if (updated == 0) {
			int current = jdbc.sql("SELECT version FROM case_file WHERE id = ?").param(id).query(Integer.class)
					.optional().orElseThrow(() -> new RecordNotFound("CASE"));
			throw new StaleVersion("CASE", version, current);
		}
	}

	public void history(UUID caseId, CaseStage from, CaseStage to, String kind, String reason, String actor) {
		jdbc.sql("""
				INSERT INTO case_stage_change (case_id, from_stage, to_stage, kind, reason, changed_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
				.params(caseId, from == null ? null : from.name(), to.name(), kind, reason, actor).update();
	}

	public List<CaseView.StageChange> history(UUID caseId) {
		return jdbc.sql("SELECT * FROM case_stage_change WHERE case_id = ? ORDER BY id DESC").param(caseId)
				.query((rs, n) -> new CaseView.StageChange(
						rs.getString("from_stage") == null ? null : CaseStage.valueOf(rs.getString("from_stage")),
						CaseStage.valueOf(rs.getString("to_stage")), rs.getString("kind"), rs.getString("reason"),
						rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
				.list();
	}

	/**
	 * A caseload row as stored, before the reader's projection, with the roles in which the reader reaches it: a
	 * user in several roles sees in each row what the roles that reach that case allow.
	 */
	public record CaseloadRow(CaseSummary stored, Set<Role> reachedAs) {
	}

	/** The cases the user reaches in the given roles, with the filters; for caseload lists. */
	public PageOf<CaseloadRow> caseload(CurrentUser user, Set<Role> roles, CaseFilter filter, PageOf.Request page) {
		Map<String, Object> params = new HashMap<>();
		String where = where(user, roles, filter, params);
		Optional<Map<CaseStage, Long>> counted = countedByRegion(user, roles, filter);
		long total;
		boolean atLeast = false;
		if (counted.isPresent()) {
			total = counted.get().entrySet().stream()
					.filter(e -> filter.stage() == null ? !filter.activeOnly() || !ENDED.contains(e.getKey())
							: e.getKey() == filter.stage())
					.mapToLong(Map.Entry::getValue).sum();
		}
		else {
			params.put("countLimit", PageOf.COUNT_LIMIT + 1);
			total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM case_file c" + where + " LIMIT :countLimit) n")
					.params(params).query(Long.class).single();
			atLeast = total > PageOf.COUNT_LIMIT;
			total = Math.min(total, PageOf.COUNT_LIMIT);
		}
		return new PageOf<>(rows(user, roles, where, params, page.offset(), page.size()), page.page(), page.size(),
				total, atLeast);
	}

	/** The first {@code limit} of those cases, for a download. */
	public List<CaseloadRow> caseload(CurrentUser user, Set<Role> roles, CaseFilter filter, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(user, roles, filter, params);
		return rows(user, roles, where, params, 0, limit);
	}

	private List<CaseloadRow> rows(CurrentUser user, Set<Role> roles, String where, Map<String, Object> params,
			long offset, int limit) {
		params.put("limit", limit);
		params.put("offset", offset);
		List<Role> ordered = List.copyOf(roles);
		StringBuilder reachedAs = new StringBuilder();
		for (int i = 0; i < ordered.size(); i++) {
			reachedAs.append(", ").append(CaseScope.condition(ordered.get(i), user, params, reaches))
					.append(" AS reached_as_").append(i);
		}
		return jdbc.sql("""
				SELECT c.*, p.surname_latin, p.given_name_latin, p.patronymic_latin, p.surname_cyrillic,
				  p.given_name_cyrillic, p.patronymic_cyrillic, p.birth_date, p.locality, u.display_name AS manager_name,
				  (SELECT count(*) FROM plan_action a WHERE a.case_id = c.id AND a.overdue
				    AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')) AS overdue_actions""" + reachedAs
				+ """

				FROM case_file c JOIN person p ON p.id = c.person_id LEFT JOIN app_user u ON u.id = c.case_manager_id
				""" + where + " ORDER BY p.sort_name, c.id LIMIT :limit OFFSET :offset")
				.params(params)
				.query((rs, n) -> {
					Set<Role> reached = EnumSet.noneOf(Role.class);
					for (int i = 0; i < ordered.size(); i++) {
						if (rs.getBoolean("reached_as_" + i)) {
							reached.add(ordered.get(i));
						}
					}
					LocalDate born = rs.getObject("birth_date", LocalDate.class);
					return new CaseloadRow(new CaseSummary(rs.getObject("id", UUID.class), rs.getString("number"),
							rs.getObject("person_id", UUID.class), displayName(rs),
							Period.between(born, LocalDate.now()).getYears(), rs.getString("locality"), born,
							rs.getObject("region_id", UUID.class), CaseStage.valueOf(rs.getString("stage")), flags(rs),
							rs.getString("manager_name"), rs.getTimestamp("closure_requested_at") != null,
							rs.getInt("overdue_actions")), reached);
				})
				.list();
	}

	/**
	 * How many of the cases the user reaches in the given roles are in each stage, with the same filters except the
	 * stage.
	 */
	public Map<CaseStage, Long> countsByStage(CurrentUser user, Set<Role> roles, CaseFilter filter) {
		Optional<Map<CaseStage, Long>> counted = countedByRegion(user, roles, filter);
		if (counted.isPresent()) {
			return counted.get();
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(user, roles, new CaseFilter(null, filter.regionId(), filter.flag(), filter.overdue(),
				filter.mine(), filter.number(), filter.specialistId(), true, filter.closurePending(),
				filter.unassigned(), filter.name()), params);
		Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
		for (CaseStage stage : CaseStage.values()) {
			counts.put(stage, 0L);
		}
		jdbc.sql("SELECT c.stage, count(*) AS n FROM case_file c" + where + " GROUP BY c.stage").params(params)
				.query((ResultSet rs) -> {
					counts.put(CaseStage.valueOf(rs.getString("stage")), rs.getLong("n"));
				});
		return counts;
	}

	/** The stages of work that ended, which lists of active cases leave out. */
	private static final Set<CaseStage> ENDED = EnumSet.of(CaseStage.CLOSED, CaseStage.TRANSFERRED);

	/**
	 * The counts by stage from the {@code case_count} summary, when they answer exactly: a coordinator's scope is
	 * a region or the country, and a filter on the region (and on the stage, or on ended work) is all there is.
	 * Otherwise empty, and the cases are counted.
	 */
	private Optional<Map<CaseStage, Long>> countedByRegion(CurrentUser user, Set<Role> roles, CaseFilter filter) {
		boolean coordinatorOnly = roles.equals(EnumSet.of(Role.COORDINATOR));
		boolean otherWaysIn = reaches.stream().anyMatch(reach -> !"false".equals(reach.condition(Role.COORDINATOR, user,
				new HashMap<>())));
		if (!coordinatorOnly || otherWaysIn || filter.flag() != null || Boolean.TRUE.equals(filter.overdue())
				|| Boolean.TRUE.equals(filter.mine()) || (filter.number() != null && !filter.number().isBlank())
				|| filter.specialistId() != null || Boolean.TRUE.equals(filter.closurePending())
				|| Boolean.TRUE.equals(filter.unassigned()) || (filter.name() != null && !filter.name().isBlank())) {
			return Optional.empty();
		}
		UUID region = user.regionId() != null ? user.regionId() : filter.regionId();
		if (user.regionId() != null && filter.regionId() != null && !filter.regionId().equals(user.regionId())) {
			return Optional.of(zeroCounts());
		}
		Map<CaseStage, Long> counts = zeroCounts();
		jdbc.sql("SELECT stage, sum(n) AS n FROM case_count WHERE (CAST(:region AS uuid) IS NULL OR region_id = :region)"
				+ " GROUP BY stage").param("region", region)
				.query((ResultSet rs) -> {
					counts.put(CaseStage.valueOf(rs.getString("stage")), rs.getLong("n"));
				});
		return Optional.of(counts);
	}

	private static Map<CaseStage, Long> zeroCounts() {
		Map<CaseStage, Long> counts = new EnumMap<>(CaseStage.class);
		for (CaseStage stage : CaseStage.values()) {
			counts.put(stage, 0L);
		}
		return counts;
	}

	private String where(CurrentUser user, Set<Role> roles, CaseFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE ").append(CaseScope.condition(roles, user, params, reaches));
		if (filter.stage() != null) {
			where.append(" AND c.stage = :stage");
			params.put("stage", filter.stage().name());
		}
		if (filter.regionId() != null) {
			where.append(" AND c.region_id = :region");
			params.put("region", filter.regionId());
		}
		if (filter.flag() != null) {
			where.append(" AND :flag = ANY (c.flags)");
			params.put("flag", filter.flag().name());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.append(" AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')")
					.append(" AND EXISTS (SELECT 1 FROM plan_action a WHERE a.case_id = c.id AND a.overdue)");
		}
		if (filter.activeOnly()) {
			where.append(" AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')");
		}
		if (filter.number() != null && !filter.number().isBlank()) {
			where.append(" AND c.number LIKE :number");
			params.put("number", filter.number().strip().toUpperCase().replace("\\", "").replace("%", "")
					.replace("_", "\\_") + "%");
		}
		if (filter.name() != null && !filter.name().isBlank()) {
			List<List<String>> words = org.homeward.registry.NameSearch.termsOf(filter.name());
			where.append(" AND EXISTS (SELECT 1 FROM person named WHERE named.id = c.person_id");
			if (words.isEmpty()) {
				where.append(" AND false");
			}
			for (int i = 0; i < words.size(); i++) {
				where.append(" AND named.search_terms && CAST(:nameWord").append(i).append(" AS text[])");
				params.put("nameWord" + i, words.get(i).toArray(String[]::new));
			}
			where.append(")");
		}
		if (Boolean.TRUE.equals(filter.closurePending())) {
			where.append(" AND c.closure_requested_at IS NOT NULL");
		}
		if (Boolean.TRUE.equals(filter.unassigned())) {
			where.append(" AND c.case_manager_id IS NULL AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')");
		}
		if (filter.specialistId() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM case_section s WHERE s.case_id = c.id")
					.append(" AND s.assigned_specialist_id = :specialist)");
			params.put("specialist", filter.specialistId());
		}
		if (Boolean.TRUE.equals(filter.mine())) {
			// From the user's own cases and sections (two indexes), never by testing every case of the scope.
			params.put("scopeUser", user.id());
			where.append(" AND c.id IN (SELECT m.id FROM case_file m WHERE m.case_manager_id = :scopeUser")
					.append(" UNION SELECT s.case_id FROM case_section s WHERE s.assigned_specialist_id = :scopeUser)");
		}
		return where.toString();
	}

	private static CaseRow row(ResultSet rs, int n) throws SQLException {
		String resume = rs.getString("resume_stage");
		Timestamp requested = rs.getTimestamp("closure_requested_at");
		return new CaseRow(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("number"),
				rs.getObject("person_id", UUID.class),
				rs.getObject("mother_case_id", UUID.class), rs.getObject("region_id", UUID.class),
				rs.getObject("owning_organization_id", UUID.class), rs.getObject("case_manager_id", UUID.class),
				CaseStage.valueOf(rs.getString("stage")), resume == null ? null : CaseStage.valueOf(resume), flags(rs),
				requested == null ? null : requested.toInstant(), rs.getString("closure_requested_by"),
				rs.getString("closure_reason"), rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

	private static Set<VulnerabilityFlag> flags(ResultSet rs) throws SQLException {
		Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
		for (String flag : (String[]) rs.getArray("flags").getArray()) {
			flags.add(VulnerabilityFlag.valueOf(flag));
		}
		return flags;
	}

	public static String[] names(Set<VulnerabilityFlag> flags) {
		return flags.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	/** Cases that may be a child's mother's: of a woman recorded as MOTHER in a household the child belongs to. */
	public List<MotherCase> motherCasesFor(UUID childPersonId) {
		return jdbc.sql("""
				SELECT DISTINCT c.id, p.surname_latin, p.given_name_latin, p.patronymic_latin, p.surname_cyrillic,
				  p.given_name_cyrillic, p.patronymic_cyrillic
				FROM household_member child JOIN household_member mother ON mother.household_id = child.household_id
				JOIN case_file c ON c.person_id = mother.person_id JOIN person p ON p.id = mother.person_id
				WHERE child.person_id = ? AND mother.relationship = 'MOTHER' AND mother.person_id <> child.person_id""")
				.param(childPersonId).query((rs, n) -> new MotherCase(rs.getObject("id", UUID.class), displayName(rs)))
				.list();
	}
}

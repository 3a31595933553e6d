package org.homeward.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's records that a route's path variables, and the fields of its body or form that name another record,
 * stand for: {@code {id}} of {@code /api/v1/cases/{id}} is a case of the demo case manager, {@code organizationId}
 * is an organisation, and so on. Read from the database of the running demo, so that the ids are real.
 *
 * <p>A route with a variable this class cannot resolve is reported by {@link #unresolved}: a new route is given its
 * variable here, in one line.
 */
public final class KnownIds {

	/** A rule: a variable (or field) of the routes matching a pattern stands for the record a query finds. */
	private record Rule(Pattern route, String name, String sql) {
	}

	/** The case every case route works on: the demo case manager's, with a plan action, a consent and a referral. */
	private static final String CASE = """
			SELECT c.id FROM case_file c JOIN app_user u ON u.id = c.case_manager_id
			WHERE u.username = 'casemanager' AND c.stage NOT IN ('CLOSED', 'TRANSFERRED')
			  AND EXISTS (SELECT 1 FROM plan_action a WHERE a.case_id = c.id)
			  AND EXISTS (SELECT 1 FROM consent k WHERE k.person_id = c.person_id AND k.withdrawn_on IS NULL)
			ORDER BY c.id LIMIT 1""";

	private static final String TASHKENT = "SELECT id FROM region WHERE name_en = 'Tashkent' AND country_code = 'UZ'";

	private static final String MEETING = """
			SELECT id FROM council_meeting ORDER BY starts_on DESC LIMIT 1""";

	private static final List<Rule> RULES = List.of(
			// a list's download, in one of its formats
			rule("\\.\\{format:", "format", "SELECT 'csv'"),
			// cases and what hangs on a case
			rule("/cases/emergency-access$", "caseId", CASE),
			rule("/emergency-access/\\{id\\}", "id", "SELECT id FROM emergency_access ORDER BY granted_at DESC LIMIT 1"),
			rule("/transfers/\\{id\\}", "id", "SELECT id FROM case_transfer ORDER BY requested_at DESC LIMIT 1"),
			rule("/cases/\\{(id|caseId)\\}", "id", CASE),
			rule("/cases/\\{(id|caseId)\\}", "caseId", CASE),
			rule("/cases/", "actionId", "SELECT a.id FROM plan_action a WHERE a.case_id = (" + CASE + ") LIMIT 1"),
			rule("/cases/", "goalId", "SELECT g.id FROM plan_goal g WHERE g.case_id = (" + CASE + ") LIMIT 1"),
			rule("/cases/", "consentId", """
					SELECT k.id FROM consent k JOIN case_file c ON c.person_id = k.person_id
					WHERE c.id = (%s) AND k.withdrawn_on IS NULL LIMIT 1""".formatted(CASE)),
			rule("/cases/", "caseManagerId", "SELECT id FROM app_user WHERE username = 'casemanager'"),
			rule("/cases/", "specialistId", "SELECT id FROM app_user WHERE username = 'health'"),
			rule("/cases/", "toOrganizationId", "SELECT id FROM organization WHERE name_en = 'Navbahor mahalla committee'"),
			rule("/cases/", "toRegionId", "SELECT id FROM region WHERE name_en = 'Fergana Region'"),
			rule("/cases$", "personId", """
					SELECT p.id FROM person p WHERE p.region_id = (%s)
					AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = p.id) ORDER BY p.id LIMIT 1"""
					.formatted(TASHKENT)),
			rule("/referrals/\\{(id|referralId)\\}", "(id|referralId)", """
					SELECT r.id FROM referral r JOIN organization o ON o.id = r.to_organization_id
					WHERE o.name_en = 'Navbahor mahalla committee' AND r.status IN ('ACCEPTED', 'IN_PROGRESS')
					ORDER BY r.created_at LIMIT 1"""),
			// imports: the national coordinator's demo import
			rule("/imports/\\{id\\}", "id",
					"SELECT id FROM import_job WHERE created_by = 'coordinator' ORDER BY created_at LIMIT 1"),
			rule("/imports/", "mappingId", "SELECT gen_random_uuid()"),
			// the registry
			rule("/(persons|households)/\\{id\\}/members/\\{personId\\}", "personId", """
					SELECT m.person_id FROM household_member m WHERE m.household_id = (
					  SELECT h.id FROM household h WHERE h.region_id = (%s) ORDER BY h.id LIMIT 1) LIMIT 1"""
					.formatted(TASHKENT)),
			rule("/households/", "personId", "SELECT id FROM person WHERE region_id = (" + TASHKENT
					+ ") ORDER BY id LIMIT 1"),
			rule("/households", "id", "SELECT h.id FROM household h WHERE h.region_id = (" + TASHKENT
					+ ") ORDER BY h.id LIMIT 1"),
			rule("/persons/\\{id\\}/documents/\\{documentId\\}", "id",
					"SELECT person_id FROM identity_document ORDER BY id LIMIT 1"),
			rule("/persons/", "documentId", "SELECT id FROM identity_document ORDER BY id LIMIT 1"),
			rule("/persons", "id", "SELECT id FROM person WHERE region_id = (" + TASHKENT + ") ORDER BY id LIMIT 1"),
			rule("/operations", "id", "SELECT id FROM repatriation_operation ORDER BY id LIMIT 1"),
			rule("", "operationId", "SELECT id FROM repatriation_operation ORDER BY id LIMIT 1"),
			rule("", "regionId", TASHKENT),
			// the administrator's pages
			rule("/role-changes/\\{id\\}", "id", "SELECT id FROM role_change ORDER BY requested_at LIMIT 1"),
			rule("/role-changes/", "user", "SELECT user_id FROM role_change ORDER BY requested_at LIMIT 1"),
			rule("/admin/users/", "id", "SELECT id FROM app_user WHERE username = 'analyst'"),
			// a user's own API tokens (the analyst's, who calls the routes of /account)
			rule("/account/tokens/\\{id\\}", "id", """
					SELECT t.id FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = 'analyst'
					ORDER BY t.created_at LIMIT 1"""),
			// the Council
			rule("/council/.*invitations/\\{(id|invitationId)\\}", "(id|invitationId)", """
					SELECT i.id FROM council_invitation i JOIN organization o ON o.id = i.organization_id
					JOIN app_user u ON u.organization_id = o.id WHERE u.username = 'expert'
					ORDER BY i.invited_at DESC LIMIT 1"""),
			rule("/council/.*participants/\\{participantId\\}", "participantId", """
					SELECT p.id FROM council_participant p JOIN council_delegation d ON d.id = p.delegation_id
					WHERE d.meeting_id = (%s) ORDER BY p.id LIMIT 1""".formatted(MEETING)),
			rule("/council/.*addressees/\\{addresseeId\\}", "addresseeId", """
					SELECT a.id FROM council_addressee a WHERE a.country_code = 'UZ' ORDER BY a.id LIMIT 1"""),
			rule("/council/.*reports/\\{reportId\\}", "reportId", """
					SELECT r.id FROM council_progress_report r ORDER BY r.submitted_at DESC LIMIT 1"""),
			// a demo state's node of the hub's register (illustrative), not this node's own
			rule("/council/.*nodes/\\{id\\}", "id", "SELECT id FROM council_node WHERE node_id = 'DEMO-TM'"),
			rule("/council/.*recommendations/\\{id\\}", "id", "SELECT id FROM council_recommendation ORDER BY id LIMIT 1"),
			rule("/council/", "recommendationId", "SELECT id FROM council_recommendation ORDER BY id LIMIT 1"),
			rule("/council/.*practices/\\{id\\}", "id", "SELECT id FROM council_good_practice ORDER BY id LIMIT 1"),
			rule("/council/.*working-groups/\\{id\\}", "id", "SELECT id FROM council_working_group ORDER BY id LIMIT 1"),
			rule("/council/.*meetings/\\{(id|meetingId)\\}", "(id|meetingId)", MEETING),
			rule("/council/", "meetingId", MEETING),
			rule("/council/.*agenda/\\{itemId\\}", "itemId",
					"SELECT id FROM council_agenda_item WHERE meeting_id = (" + MEETING + ") ORDER BY id LIMIT 1"),
			rule("/council/", "agendaItemId",
					"SELECT id FROM council_agenda_item WHERE meeting_id = (" + MEETING + ") ORDER BY id LIMIT 1"),
			rule("/council/.*materials/\\{materialId\\}", "materialId",
					"SELECT id FROM council_material ORDER BY meeting_id = (" + MEETING + ") DESC, id LIMIT 1"),
			rule("/council/.*organizations/\\{organizationId\\}", "organizationId", """
					SELECT organization_id FROM council_meeting_party WHERE meeting_id = (%s) LIMIT 1"""
					.formatted(MEETING)),
			// organisations, last, for any route
			rule("", "(organizationId|owningOrganizationId|responsibleOrganizationId|toOrganizationId|memberId)",
					"SELECT id FROM organization WHERE name_en = 'Navbahor mahalla committee'"));

	private final JdbcClient jdbc;
	private final Map<String, Optional<String>> resolved = new HashMap<>();

	public KnownIds(JdbcClient jdbc) {
		this.jdbc = jdbc;
		addWhatTheDemoLacks();
	}

	/**
	 * The demo has no emergency access, no transfer, no role change and no API token, which routes act on: an old
	 * one of each, reviewed, declined, rejected or revoked, is added once, so that it changes nobody's work (no
	 * banner, no queue, no pending transfer, no role waiting for a second administrator).
	 */
	private void addWhatTheDemoLacks() {
		jdbc.sql("""
				INSERT INTO emergency_access (id, case_id, section, user_id, username, reason, granted_at, expires_at,
				  review, reviewed_by, reviewed_at)
				SELECT gen_random_uuid(), (%s), 'EDUCATION', u.id, u.username, 'Known ids: a past emergency',
				  now() - interval '30 days', now() - interval '30 days' + interval '1 hour', 'JUSTIFIED', 'auditor',
				  now() - interval '29 days'
				FROM app_user u WHERE u.username = 'teacher' AND NOT EXISTS (SELECT 1 FROM emergency_access)"""
				.formatted(CASE)).update();
		jdbc.sql("""
				INSERT INTO case_transfer (id, case_id, from_region_id, to_region_id, reason, status, requested_by,
				  requested_at, decided_by, decided_at, decision_reason)
				SELECT gen_random_uuid(), c.id, c.region_id, c.region_id, 'Known ids: a past transfer', 'DECLINED',
				  'coordinator', now() - interval '30 days', 'coordinator', now() - interval '29 days', 'Not needed'
				FROM case_file c WHERE c.id = (%s) AND NOT EXISTS (SELECT 1 FROM case_transfer)""".formatted(CASE))
				.update();
		jdbc.sql("""
				INSERT INTO role_change (id, user_id, kind, status, roles_before, roles_after, requested_by,
				  requested_at, decided_by, decided_at)
				SELECT gen_random_uuid(), u.id, 'ROLES', 'REJECTED', '{ANALYST}', '{ANALYST}', a.id, now() - interval '30 days',
				  b.id, now() - interval '29 days'
				FROM app_user u, app_user a, app_user b
				WHERE u.username = 'analyst' AND a.username = 'admin2' AND b.username = 'admin'
				  AND NOT EXISTS (SELECT 1 FROM role_change)""").update();
		// and no API token: a revoked one of the analyst's, which opens nothing
		jdbc.sql("""
				INSERT INTO api_token (id, user_id, kind, name, scope, token_hash, created_at, expires_at, revoked_at)
				SELECT gen_random_uuid(), u.id, 'API', 'Known ids: a revoked token', 'READ_ONLY',
				  encode(sha256(convert_to('known-ids-token', 'UTF8')), 'hex'), now() - interval '30 days',
				  now() + interval '30 days', now() - interval '29 days'
				FROM app_user u WHERE u.username = 'analyst' ON CONFLICT (token_hash) DO NOTHING""").update();
	}

	private static Rule rule(String route, String name, String sql) {
		return new Rule(Pattern.compile(route), name, sql);
	}

	/** The demo id a path variable or an id field of a route stands for, or nothing when no rule knows it. */
	public Optional<String> of(String route, String name) {
		return resolved.computeIfAbsent(route + " " + name, key -> {
			for (Rule rule : RULES) {
				if (rule.route().matcher(route).find() && name.matches(rule.name())) {
					return jdbc.sql(rule.sql()).query(String.class).optional();
				}
			}
			return Optional.empty();
		});
	}

	/** The variables of routes that no rule resolves, as "route {name}", for a failure message. */
	public List<String> unresolved(Map<String, List<String>> variablesByRoute) {
		List<String> missing = new ArrayList<>();
		variablesByRoute.forEach((route, names) -> names.stream().filter(name -> of(route, name).isEmpty())
				.forEach(name -> missing.add(route + " {" + name + "}")));
		return missing;
	}
}

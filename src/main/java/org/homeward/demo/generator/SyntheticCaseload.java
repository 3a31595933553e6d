package org.homeward.demo.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditChain;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.ActionStatus;
import org.homeward.cases.CaseStage;
import org.homeward.cases.Section;
import org.homeward.cases.VulnerabilityFlag;
import org.homeward.organizations.Organizations;
import org.homeward.registry.CitizenshipStatus;
import org.homeward.registry.NameIndexing;
import org.homeward.registry.PersonDetails;
import org.homeward.registry.PersonKind;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.names.LatinStyle;
import org.homeward.shared.database.DatabaseServer;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * The synthetic data generator ({@code --generate=N}): N persons in households with their documents, cases for
 * 40% of them at every stage with sections, stage histories, plans, assessments, referrals, service deliveries and
 * consents, the case managers who hold them, and an audit trail of six entries a person, for measuring Homeward
 * at the size of a national programme. Everything goes in with PostgreSQL's COPY, in one transaction, after the
 * demo (whose accounts and organisations it uses); the names are indexed by the registry's own rules
 * ({@link NameIndexing}), and the audit entries are chained by the trail's own sealing step. Then Homeward stops,
 * unless {@code homeward.generate.exit=false}.
 *
 * <p>The data are synthetic: random combinations of common names, never a real person. A fixed seed makes two
 * runs of the same size alike. The log shows counts only.
 */
@Component
@Order(30)
@ConditionalOnExpression("${homeward.generate.persons:0} > 0")
class SyntheticCaseload implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticCaseload.class);
	private static final LocalDate TODAY = LocalDate.now();
	private static final Section[] PLANNED = { Section.HEALTH, Section.PSYCHOSOCIAL, Section.EDUCATION,
			Section.LIVELIHOOD, Section.DOCUMENTS, Section.FAMILY, Section.RELIGIOUS, Section.COMMUNITY };
	private static final String[] GOALS = { "Regular medical check-ups", "Weekly counselling sessions",
			"Enrolment in the local school", "Vocational training and a first job", "Birth certificate and passport",
			"Stable housing with the family", "Conversations with the imam", "Mentoring by the mahalla" };
	private static final String[] ACTIONS = { "First appointment", "Follow-up visit", "Collect the documents",
			"Meet the family", "Enrol in the course", "Review progress" };

	private final DataSource dataSource;
	private final DatabaseServer server;
	private final JdbcTemplate jdbc;
	private final AuditTrail audit;
	private final Organizations organizations;
	private final ConfigurableApplicationContext context;
	private final int persons;
	private final double auditPerPerson;
	private final boolean exit;
	private Random random = new Random(13);
	private SyntheticNames names = new SyntheticNames(random);

	SyntheticCaseload(DataSource dataSource, DatabaseServer server, AuditTrail audit, Organizations organizations,
			ConfigurableApplicationContext context,
			@Value("${homeward.generate.persons}") int persons,
			@Value("${homeward.generate.audit-entries-per-person:6}") double auditPerPerson,
			@Value("${homeward.generate.exit:true}") boolean exit) {
		this.dataSource = dataSource;
		this.server = server;
		this.jdbc = new JdbcTemplate(dataSource);
		this.audit = audit;
		this.organizations = organizations;
		this.context = context;
		this.persons = persons;
		this.auditPerPerson = auditPerPerson;
		this.exit = exit;
	}

	/** Reference data the synthetic records point to: the node's regions, organisations and demo accounts. */
	private record Reference(List<UUID> regions, Map<UUID, String> regionNames, UUID committee, String passwordHash,
			UUID demoCaseManager, UUID tashkent, Map<Section, UUID> specialists, Map<String, UUID> providers,
			UUID coordinator, Map<String, List<String[]>> assessments) {
	}

	private record Planned(UUID id, Sex sex, LocalDate birth, UUID region, boolean returnee, boolean child) {
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		long started = System.nanoTime();
		// The same seed for the same database: a second run on top of the first makes other people.
		random = new Random(13 + jdbc.queryForObject("SELECT count(*) FROM person", Long.class));
		names = new SyntheticNames(random);
		Reference reference = reference();
		audit.sealNow(); // the demo's entries first: the generated ones are chained after them
		long[] counts;
		var owner = server.owner();
		try (Connection connection = DriverManager.getConnection(owner.url(), owner.user(), owner.password())) {
			connection.setAutoCommit(false);
			List<String> rebuilt = new ArrayList<>();
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET LOCAL synchronous_commit = off");
				statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
				statement.execute("SELECT pg_advisory_xact_lock(" + AuditTrail.SEALING_LOCK + ")");
				var superuser = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
				if (superuser.next() && superuser.getBoolean(1)) {
					// The generated rows are consistent by construction; checking each foreign key row by row would
					// take most of the time of a load this size.
					statement.execute("SET LOCAL session_replication_role = replica");
				}
				// A bulk load builds the name indexes once at the end, which is many times quicker than growing
				// them row by row; all in this transaction, so a failure leaves them as they were.
				for (String index : List.of("person_by_search_terms", "person_by_match_keys")) {
					rebuilt.add(new JdbcTemplate(new SingleConnectionDataSource(connection, true))
							.queryForObject("SELECT pg_get_indexdef(?::regclass)", String.class, index));
					statement.execute("DROP INDEX " + index);
				}
			}
			Copy copy = new Copy(connection.unwrap(PGConnection.class).getCopyAPI());
			counts = generate(copy, reference, connection);
			long indexing = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				// Triggers were off for the load: the caseload figures are counted once, as their trigger would.
				statement.execute("DELETE FROM case_count");
				statement.execute("INSERT INTO case_count (region_id, stage, n) "
						+ "SELECT region_id, stage, count(*) FROM case_file GROUP BY region_id, stage");
				// Case numbers as CaseStore.nextNumber gives them ("UZ-TAS-2026-000123"), per region and year in the
				// order the cases were opened, continuing each counter: in one statement, not one per case.
				statement.execute("""
						WITH unnumbered AS (
						  SELECT c.id, c.opened_at, r.country_code || '-' || coalesce(r.code, 'REG') || '-'
						    || extract(year FROM c.opened_at)::int AS prefix
						  FROM case_file c JOIN region r ON r.id = c.region_id WHERE c.number IS NULL),
						ranked AS (
						  SELECT u.id, u.prefix, coalesce(k.last, 0)
						    + row_number() OVER (PARTITION BY u.prefix ORDER BY u.opened_at, u.id) AS seq
						  FROM unnumbered u LEFT JOIN case_number_counter k ON k.prefix = u.prefix),
						numbered AS (
						  UPDATE case_file c SET number = r.prefix || '-'
						    || CASE WHEN r.seq < 1000000 THEN lpad(r.seq::text, 6, '0') ELSE r.seq::text END
						  FROM ranked r WHERE c.id = r.id RETURNING r.prefix, r.seq)
						INSERT INTO case_number_counter (prefix, last) SELECT prefix, max(seq) FROM numbered GROUP BY prefix
						ON CONFLICT (prefix) DO UPDATE SET last = EXCLUDED.last""");
				for (String index : rebuilt) {
					statement.execute(index);
				}
			}
			connection.commit();
			log.info("Name indexes built and committed in {} s", (System.nanoTime() - indexing) / 1_000_000_000);
		}
		log.info("Generated {} persons, {} households, {} documents, {} cases, {} plan actions, {} assessments, "
				+ "{} referrals, {} audit entries in {} s; sealing the audit trail", counts[0], counts[1], counts[2],
				counts[3], counts[4], counts[5], counts[6], counts[7], (System.nanoTime() - started) / 1_000_000_000);
		try (Connection connection = DriverManager.getConnection(owner.url(), owner.user(), owner.password());
				Statement statement = connection.createStatement()) {
			statement.execute("VACUUM ANALYZE");
		}
		AuditTrail.Sealed head = audit.sealNow();
		log.info("Sealed the audit trail: {} entries chained; done in {} s", head.position(),
				(System.nanoTime() - started) / 1_000_000_000);
		if (exit) {
			int code = SpringApplication.exit(context, () -> 0);
			System.exit(code);
		}
	}

	private Reference reference() {
		String country = organizations.nodeCountry();
		List<UUID> regions = jdbc.queryForList("SELECT id FROM region WHERE country_code = ? ORDER BY name_en", UUID.class,
				country);
		Map<UUID, String> regionNames = jdbc.query("SELECT id, name_en FROM region WHERE country_code = ?",
				(rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)), country).stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		UUID demoCaseManager = user("casemanager");
		UUID committee = jdbc.queryForObject("SELECT organization_id FROM app_user WHERE id = ?", UUID.class, demoCaseManager);
		UUID tashkent = jdbc.queryForObject("SELECT region_id FROM app_user WHERE id = ?", UUID.class, demoCaseManager);
		String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, demoCaseManager);
		Map<Section, UUID> specialists = Map.of(Section.HEALTH, user("health"), Section.PSYCHOSOCIAL, user("psychologist"),
				Section.EDUCATION, user("teacher"), Section.LIVELIHOOD, user("employment"), Section.DOCUMENTS,
				user("registrar"), Section.RELIGIOUS, user("imam"));
		Map<String, UUID> providers = jdbc.query("SELECT DISTINCT ON (service_code) service_code, organization_id "
				+ "FROM service_provider ORDER BY service_code, organization_id",
				(rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<String, List<String[]>> assessments = jdbc.query("""
				SELECT instrument_code, answers::text, dimension_scores::text, composite::text, priorities::text
				FROM assessment""", (rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5) }).stream().collect(Collectors.groupingBy(a -> a[0]));
		if (regions.isEmpty() || assessments.isEmpty()) {
			throw new IllegalStateException("The generator needs the demo data: start it with --generate, which loads them");
		}
		return new Reference(regions, regionNames, committee, hash, demoCaseManager, tashkent, specialists, providers,
				user("coordinator"), assessments);
	}

	private UUID user(String username) {
		return jdbc.queryForObject("SELECT id FROM app_user WHERE lower(username) = ?", UUID.class, username);
	}

	private long[] generate(Copy copy, Reference ref, Connection connection) throws SQLException {
		long phase = System.nanoTime();
		Copy.Table users = copy.table("app_user", "id, username, display_name, password_hash, organization_id, region_id");
		Copy.Table roles = copy.table("app_user_role", "user_id, role");
		Copy.Table households = copy.table("household", "id, label, region_id, locality, updated_by");
		Copy.Table people = copy.table("person", "id, surname_latin, given_name_latin, patronymic_latin, "
				+ "surname_cyrillic, given_name_cyrillic, patronymic_cyrillic, name_original, aliases, sex, birth_date, "
				+ "birth_date_estimated, citizenship_status, kind, arrival_date, region_id, locality, name_keys, "
				+ "sort_name, search_terms, match_keys, name_index_version, created_by, updated_by");
		Copy.Table members = copy.table("household_member", "household_id, person_id, relationship");
		Copy.Table documents = copy.table("identity_document", "id, person_id, kind, number, number_key, issuing_country, "
				+ "issue_date, created_by");
		Copy.Table cases = copy.table("case_file", "id, person_id, region_id, owning_organization_id, case_manager_id, "
				+ "stage, resume_stage, flags, opened_at, opened_by, updated_by");
		Copy.Table sections = copy.table("case_section", "case_id, section, assigned_specialist_id, updated_by");
		Copy.Table history = copy.table("case_stage_change", "case_id, from_stage, to_stage, kind, reason, changed_by, "
				+ "changed_at");
		Copy.Table goals = copy.table("plan_goal", "id, case_id, domain, description, created_by");
		Copy.Table actions = copy.table("plan_action", "id, goal_id, case_id, description, responsible_organization_id, "
				+ "due_date, status, overdue, updated_by");
		Copy.Table assessments = copy.table("assessment", "id, case_id, instrument_code, assessed_on, assessed_by, "
				+ "answers, dimension_scores, composite, priorities");
		Copy.Table referrals = copy.table("referral", "id, case_id, service_code, section, from_organization_id, "
				+ "to_organization_id, referred_by, referred_by_name, task, due_date, status, updated_by");
		Copy.Table deliveries = copy.table("service_delivery", "id, case_id, referral_id, section, service_code, "
				+ "activity, provider_id, delivered_on, outcome, recorded_by");
		Copy.Table entries = copy.table("audit_entry", "id, occurred_at, actor, actor_roles, organization_id, action, "
				+ "record_type, record_id, client_address, detail");
		Copy.Table seals = copy.table("audit_seal", "position, entry_id, entry_tx, previous_hash, hash");

		// Case managers: one for about 150 cases in each region; the demo's own case manager gets a caseload too.
		long run = jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username LIKE 'cm-0-1%'", Long.class);
		int managersPerRegion = Math.max(1, (int) (persons * 0.4 / 150 / ref.regions().size()));
		Map<UUID, List<UUID[]>> managers = new java.util.HashMap<>();
		for (UUID region : ref.regions()) {
			List<UUID[]> list = new ArrayList<>();
			for (int i = 1; i <= managersPerRegion; i++) {
				UUID id = uuid();
				String username = "cm-" + ref.regions().indexOf(region) + "-" + i + (run == 0 ? "" : "-" + run);
				users.add(id, username, "Case manager " + (ref.regions().indexOf(region) + 1) + "-" + i,
						ref.passwordHash(), ref.committee(), region);
				roles.add(id, "CASE_MANAGER");
				list.add(new UUID[] { id });
			}
			managers.put(region, list);
		}

		List<Planned> casePersons = new ArrayList<>();
		int household = 0;
		while (people.count() < persons) {
			household++;
			UUID region = ref.regions().get(Math.min(ref.regions().size() - 1,
					(int) Math.abs(random.nextGaussian() * ref.regions().size() / 2.5)));
			String locality = ref.regionNames().get(region) + ", district " + (1 + random.nextInt(12));
			UUID householdId = uuid();
			households.add(householdId, "Household " + household, region, locality, "generator");
			LatinStyle style = random.nextInt(4) == 0 ? LatinStyle.UZBEK : LatinStyle.PASSPORT;
			String family = names.pick(SyntheticNames.SURNAMES);
			String father = names.pick(SyntheticNames.FATHERS);
			LocalDate motherBirth = date(LocalDate.of(1970, 1, 1), LocalDate.of(2002, 12, 31));
			LocalDate arrival = date(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30));
			boolean man = random.nextInt(100) < 8;
			Sex adultSex = man ? Sex.MALE : Sex.FEMALE;
			String adultFamily = random.nextInt(100) < 35 ? family : names.pick(SyntheticNames.SURNAMES);
			Planned adult = person(people, documents, ref, style, adultSex, adultFamily,
					names.pick(man ? SyntheticNames.MEN : SyntheticNames.WOMEN), names.pick(SyntheticNames.FATHERS),
					motherBirth, region, locality, arrival, true, false);
			members.add(householdId, adult.id(), (man ? Relationship.FATHER : Relationship.MOTHER).name());
			casePersons.add(adult);
			int children = 1 + random.nextInt(random.nextInt(100) < 60 ? 2 : 4);
			for (int c = 0; c < children && people.count() < persons; c++) {
				Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
				LocalDate born = date(motherBirth.plusYears(17), later(motherBirth.plusYears(18), arrival.minusMonths(1)));
				Planned child = person(people, documents, ref, style, sex, family,
						names.pick(sex == Sex.MALE ? SyntheticNames.BOYS : SyntheticNames.GIRLS), father, born, region,
						locality, arrival, true, true);
				members.add(householdId, child.id(), Relationship.CHILD.name());
				casePersons.add(child);
			}
			if (random.nextInt(100) < 30 && people.count() < persons) {
				Sex sex = random.nextInt(4) == 0 ? Sex.MALE : Sex.FEMALE;
				Planned relative = person(people, documents, ref, style, sex, adultFamily,
						names.pick(sex == Sex.MALE ? SyntheticNames.MEN : SyntheticNames.WOMEN),
						names.pick(SyntheticNames.FATHERS), date(LocalDate.of(1945, 1, 1), LocalDate.of(1975, 12, 31)),
						region, locality, null, false, false);
				members.add(householdId, relative.id(), Relationship.GRANDPARENT.name());
			}
		}

		copy.flushAll();
		log.info("Persons and households written after {} s", (System.nanoTime() - phase) / 1_000_000_000);
		// Cases for 40% of all persons, returnees first, at every stage.
		int caseCount = (int) Math.min(casePersons.size(), Math.round(persons * 0.4));
		int demoCaseload = 0;
		long actionCount = 0;
		for (int i = 0; i < caseCount; i++) {
			Planned p = casePersons.get(i);
			List<UUID[]> regional = managers.get(p.region());
			UUID manager = regional.get(random.nextInt(regional.size()))[0];
			if (p.region().equals(ref.tashkent()) && demoCaseload < 150 && random.nextInt(4) == 0) {
				manager = ref.demoCaseManager();
				demoCaseload++;
			}
			caseOf(p, manager, ref, cases, sections, history, goals, actions, assessments, referrals, deliveries);
		}
		actionCount = actions.count();

		// The audit trail: views, lists and changes spread over the last two years, oldest first.
		long entryCount = Math.round(persons * auditPerPerson);
		copy.flushAll();
		log.info("Cases written after {} s", (System.nanoTime() - phase) / 1_000_000_000);
		// A block of ids from the trail's sequence, and the end of the chain, which this transaction continues: it
		// holds the sealing lock, and every entry before it is sealed.
		long first;
		String tx;
		long position;
		String link;
		try (Statement statement = connection.createStatement()) {
			var rs = statement.executeQuery("SELECT nextval('audit_entry_id_seq'), pg_current_xact_id()::text");
			rs.next();
			first = rs.getLong(1);
			tx = rs.getString(2);
			statement.execute("SELECT setval('audit_entry_id_seq', " + (first + entryCount) + ")");
			rs = statement.executeQuery("SELECT position, hash FROM audit_seal ORDER BY position DESC LIMIT 1");
			position = rs.next() ? rs.getLong(1) : 0;
			link = position == 0 ? AuditChain.GENESIS : rs.getString(2);
			rs = statement.executeQuery("SELECT count(*) FROM audit_entry e WHERE NOT EXISTS "
					+ "(SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)");
			rs.next();
			if (rs.getLong(1) > 0) {
				throw new IllegalStateException("Audit entries wait for their seal; run the generator alone");
			}
		}
		Instant start = Instant.now().minus(730, ChronoUnit.DAYS);
		long span = ChronoUnit.MICROS.between(start, Instant.now().minus(1, ChronoUnit.DAYS));
		String[] actionsByWeight = { "VIEW", "VIEW", "VIEW", "LIST", "LIST", "LIST", "LIST", "UPDATE", "EXPORT" };
		for (long e = 0; e < entryCount; e++) {
			Planned p = casePersons.get(random.nextInt(casePersons.size()));
			Instant at = start.plus(span * e / entryCount, ChronoUnit.MICROS);
			String action = actionsByWeight[random.nextInt(actionsByWeight.length)];
			boolean coordinator = random.nextInt(10) == 0;
			var entry = new AuditEntry(first + e, AuditChain.storable(at),
					coordinator ? "coordinator" : "cm-" + ref.regions().indexOf(p.region()) + "-1",
					coordinator ? "COORDINATOR" : "CASE_MANAGER", coordinator ? null : ref.committee(),
					AuditAction.valueOf(action), "PERSON", p.id().toString(),
					"10.20." + random.nextInt(256) + "." + random.nextInt(256), action.equals("LIST") ? "caseload" : null,
					link, null);
			entries.add(entry.id(), entry.occurredAt(), entry.actor(), entry.actorRoles(), entry.organizationId(),
					action, entry.recordType(), entry.recordId(), entry.clientAddress(), entry.detail());
			String hash = AuditChain.hashOf(entry);
			seals.add(++position, entry.id(), tx, link, hash);
			link = hash;
		}
		copy.flushAll();
		log.info("Audit entries written after {} s", (System.nanoTime() - phase) / 1_000_000_000);
		return new long[] { people.count(), households.count(), documents.count(), cases.count(), actionCount,
				assessments.count(), referrals.count(), entries.count() };
	}

	private Planned person(Copy.Table people, Copy.Table documents, Reference ref, LatinStyle style, Sex sex,
			String family, String given, String father, LocalDate birth, UUID region, String locality,
			LocalDate arrival, boolean returnee, boolean child) throws SQLException {
		UUID id = uuid();
		String surname = SyntheticNames.surname(family, sex);
		String patronymic = names.patronymic(father, sex);
		int scripts = random.nextInt(100);
		boolean cyrillic = scripts < 85;
		boolean latin = scripts >= 60;
		boolean abroad = child && birth.getYear() >= 2014;
		boolean estimated = abroad && random.nextInt(100) < 30;
		CitizenshipStatus citizenship = !abroad ? CitizenshipStatus.CITIZEN
				: random.nextInt(100) < 55 ? CitizenshipStatus.UNCONFIRMED : CitizenshipStatus.UNKNOWN;
		var details = new PersonDetails(latin ? names.latin(surname, style) : null, latin ? names.latin(given, style) : null,
				latin && !patronymic.isEmpty() ? names.latin(patronymic, style) : null, cyrillic ? surname : null,
				cyrillic ? given : null, cyrillic && !patronymic.isEmpty() ? patronymic : null, null, List.of(), sex, birth,
				estimated, citizenship, returnee ? PersonKind.RETURNEE : PersonKind.FAMILY_MEMBER, null, arrival, region,
				locality);
		NameIndexing index = NameIndexing.of(details);
		people.add(id, details.surnameLatin(), details.givenNameLatin(), details.patronymicLatin(),
				details.surnameCyrillic(), details.givenNameCyrillic(), details.patronymicCyrillic(), null, List.of(),
				sex.name(), birth, estimated, citizenship.name(), details.kind().name(), arrival, region, locality,
				index.keys(), index.sortName(), index.searchTerms(), index.matchKeys(), index.version(), "generator",
				"generator");
		if (!abroad || random.nextInt(100) < 40) {
			boolean adult = birth.isBefore(TODAY.minusYears(16));
			String series = adult ? (random.nextBoolean() ? "AA" : "FA") : "I-TN";
			String number = series + (1_000_000 + random.nextInt(9_000_000));
			documents.add(uuid(), id, adult ? "PASSPORT" : "BIRTH_CERTIFICATE", number,
					number.replaceAll("[\\s./-]", ""), "UZ", later(birth, date(birth, TODAY.minusDays(1))), "generator");
		}
		return new Planned(id, sex, birth, region, returnee, child);
	}

	private void caseOf(Planned p, UUID manager, Reference ref, Copy.Table cases, Copy.Table sections,
			Copy.Table history, Copy.Table goals, Copy.Table actions, Copy.Table assessments, Copy.Table referrals,
			Copy.Table deliveries) throws SQLException {
		UUID caseId = uuid();
		int draw = random.nextInt(100);
		CaseStage stage = draw < 10 ? CaseStage.RECEPTION : draw < 25 ? CaseStage.ASSESSMENT
				: draw < 45 ? CaseStage.REHABILITATION : draw < 65 ? CaseStage.REINTEGRATION
				: draw < 80 ? CaseStage.MONITORING : draw < 92 ? CaseStage.CLOSED : draw < 95 ? CaseStage.ON_HOLD
				: draw < 98 ? CaseStage.LOST_CONTACT : CaseStage.TRANSFERRED;
		CaseStage resume = stage == CaseStage.ON_HOLD || stage == CaseStage.LOST_CONTACT ? CaseStage.REHABILITATION : null;
		Set<String> flags = new java.util.TreeSet<>();
		if (p.child() && random.nextInt(100) < 8) {
			flags.add(VulnerabilityFlag.UNACCOMPANIED_MINOR.name());
		}
		if (random.nextInt(100) < 6) {
			flags.add(VulnerabilityFlag.URGENT_MEDICAL_NEED.name());
		}
		if (random.nextInt(100) < 5) {
			flags.add(VulnerabilityFlag.DISABILITY.name());
		}
		Instant opened = Instant.now().minus(30 + random.nextInt(2000), ChronoUnit.DAYS);
		cases.add(caseId, p.id(), p.region(), ref.committee(), manager, stage.name(), resume == null ? null : resume.name(),
				flags, opened, "generator", "generator");
		for (Section section : Section.values()) {
			UUID specialist = ref.specialists().containsKey(section) && random.nextInt(1000) < 3
					? ref.specialists().get(section) : null;
			sections.add(caseId, section.name(), specialist, "generator");
		}
		history.add(caseId, null, CaseStage.RECEPTION.name(), "OPENED", "-", "generator", opened);
		CaseStage at = CaseStage.RECEPTION;
		Instant when = opened;
		for (CaseStage next : CaseStage.MAIN_LINE) {
			if (next == CaseStage.RECEPTION) {
				continue;
			}
			boolean reached = switch (stage) {
				case ON_HOLD, LOST_CONTACT, TRANSFERRED -> next.ordinal() <= CaseStage.REHABILITATION.ordinal();
				default -> next.ordinal() <= stage.ordinal();
			};
			if (!reached) {
				break;
			}
			when = when.plus(1 + random.nextInt(60), ChronoUnit.DAYS);
			history.add(caseId, at.name(), next.name(), next == CaseStage.CLOSED ? "CLOSURE_APPROVED" : "MOVED",
					"Progress reviewed", "generator", when);
			at = next;
		}
		if (stage == CaseStage.ON_HOLD || stage == CaseStage.LOST_CONTACT || stage == CaseStage.TRANSFERRED) {
			history.add(caseId, at.name(), stage.name(), stage == CaseStage.TRANSFERRED ? "TRANSFERRED" : "MOVED",
					"Circumstances changed", "generator", when.plus(5, ChronoUnit.DAYS));
		}
		int goalCount = stage == CaseStage.RECEPTION ? 0 : random.nextInt(4);
		for (int g = 0; g < goalCount; g++) {
			UUID goal = uuid();
			int domain = random.nextInt(PLANNED.length);
			goals.add(goal, caseId, PLANNED[domain].name(), GOALS[domain], "generator");
			int actionCount = 1 + random.nextInt(3);
			for (int a = 0; a < actionCount; a++) {
				LocalDate due = TODAY.plusDays(random.nextInt(240) - 150);
				ActionStatus status = stage == CaseStage.CLOSED ? ActionStatus.DONE
						: ActionStatus.values()[random.nextInt(100) < 60 ? random.nextInt(2) : 2 + random.nextInt(2)];
				boolean overdue = status.isOpen() && due.isBefore(TODAY);
				actions.add(uuid(), goal, caseId, ACTIONS[random.nextInt(ACTIONS.length)], ref.committee(), due,
						status.name(), overdue, "generator");
			}
		}
		if (stage != CaseStage.RECEPTION) {
			int count = 1 + random.nextInt(2);
			for (int a = 0; a < count; a++) {
				List<String[]> kinds = new ArrayList<>(ref.assessments().values()).get(random.nextInt(ref.assessments().size()));
				String[] template = kinds.get(random.nextInt(kinds.size()));
				assessments.add(uuid(), caseId, template[0], LocalDate.ofInstant(opened, java.time.ZoneOffset.UTC)
						.plusDays(10 + a * 90L), "generator", template[1], template[2], template[3], template[4]);
			}
		}
		if (random.nextInt(100) < 30 && !ref.providers().isEmpty()) {
			List<String> services = new ArrayList<>(ref.providers().keySet());
			String service = services.get(random.nextInt(services.size()));
			String section = jdbcSectionOf(service);
			UUID referral = uuid();
			String status = new String[] { "REQUESTED", "ACCEPTED", "IN_PROGRESS", "COMPLETED", "COMPLETED",
					"NOT_COMPLETED" }[random.nextInt(6)];
			boolean community = section.equals("COMMUNITY");
			if (!community) {
				referrals.add(referral, caseId, service, section, ref.committee(), ref.providers().get(service), manager,
						"Case manager", "Please see the family", TODAY.plusDays(random.nextInt(60) - 20), status,
						"generator");
				if (status.equals("COMPLETED") || status.equals("IN_PROGRESS")) {
					deliveries.add(uuid(), caseId, referral, section, service, "Session held",
							ref.providers().get(service), TODAY.minusDays(random.nextInt(300)), "Delivered", "generator");
				}
			}
		}
	}

	private final Map<String, String> sectionOfService = new java.util.HashMap<>();

	private String jdbcSectionOf(String service) {
		return sectionOfService.computeIfAbsent(service,
				code -> jdbc.queryForObject("SELECT section FROM service_type WHERE code = ?", String.class, code));
	}

	private UUID uuid() {
		long most = random.nextLong() & ~0xF000L | 0x4000L;
		long least = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
		return new UUID(most, least);
	}

	private LocalDate date(LocalDate first, LocalDate last) {
		long days = Math.max(0, last.toEpochDay() - first.toEpochDay());
		return first.plusDays(days == 0 ? 0 : (long) (random.nextDouble() * (days + 1)));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}

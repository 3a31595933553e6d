package org.homeward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.accounts.Accounts;
import org.homeward.accounts.NewUser;
import org.homeward.accounts.Role;
import org.homeward.accounts.UserAccount;
import org.homeward.cases.Section;
import org.homeward.support.Demo;
import org.homeward.support.Fixtures;
import org.homeward.support.Http;
import org.homeward.support.Users;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A case written full of markers: a distinct string in every fact of DESIGN.md §2's header table that can hold one,
 * in every section, note, file, consent, assessment answer, plan item, stage reason, referral, delivery and
 * emergency reason, each written by the person whose work it is. {@link NeedToKnowCanaryTest} then looks for each
 * marker in everything every role can fetch, and {@link #allowed} says, from DESIGN.md §2, who may find it.
 * <p>
 * Who reaches the case: the coordinators of the country and of Tashkent, its case manager, the health specialist,
 * the psychologist, the teacher and the religious counsellor (their sections are assigned to them), the justice and
 * security officers of Tashkent, the mahalla and the civil-society organisation (each through its own referral with
 * the guardian's consent), and the employment specialist only through an emergency grant on livelihood. Nobody else.
 */
final class CanaryCase {

	/** The canary's own case manager, whose name is a marker of the header's "case manager" row. */
	static final String MANAGER = "casemanager.kanareyka";
	static final String MANAGER_NAME = "Kanareyka Managerova";

	/** Everyone the demo has, and the canary's case manager, each tried on every route. */
	static final List<String> USERS = List.of(MANAGER, Demo.ADMIN, Demo.ADMIN2, Demo.COORDINATOR, Demo.REGIONAL_COORDINATOR,
			Demo.TASHKENT_COORDINATOR, Demo.CASE_MANAGER, Demo.CASE_MANAGER_FERGANA, Demo.HEALTH_SPECIALIST,
			Demo.PSYCHOLOGIST, Demo.TEACHER, Demo.EMPLOYMENT_SPECIALIST, Demo.REGISTRAR, Demo.RELIGIOUS_COUNSELLOR,
			Demo.JUSTICE_OFFICER, Demo.SECURITY_OFFICER, Demo.COMMUNITY_WORKER, Demo.CSO_WORKER, Demo.ANALYST,
			Demo.AUDITOR, Demo.SECRETARIAT, Demo.EXPERT, "delegate");

	static final Set<String> WHOLE = Set.of(Demo.COORDINATOR, Demo.TASHKENT_COORDINATOR, MANAGER);
	static final Set<String> SPECIALISTS = Set.of(Demo.HEALTH_SPECIALIST, Demo.PSYCHOLOGIST,
			Demo.RELIGIOUS_COUNSELLOR);
	static final Set<String> OFFICERS = Set.of(Demo.JUSTICE_OFFICER, Demo.SECURITY_OFFICER);
	static final Set<String> COMMUNITY = Set.of(Demo.COMMUNITY_WORKER, Demo.CSO_WORKER);

	// the header table's facts
	static final String GIVEN_NAME = "Sevinchoy";
	static final String LOCALITY = "Qanotlisoy";
	static final String BIRTH_DATE = "2014-03-17";
	static final String OPERATION = "Kanareyka-7";
	static final String OPERATION_DATE = "2025-08-23";
	static final String ARRIVAL_DATE = "2025-08-24";
	static final String STAGE_REASON = "Stagereason-kanareyka";
	static final String TRANSFER_REASON = "Transferreason-kanareyka";
	static final String MOTHER_GIVEN_NAME = "Zulhumor";
	static final String HOUSEHOLD = "Kanareykin household";
	static final String GUARDIAN = "Guardian-kanareyka";
	static final String CHILD_VIEW = "Childview-kanareyka";
	static final String CONSENT_DATE = "2025-09-02";
	static final String EMERGENCY_REASON = "Emergencyreason-kanareyka";

	/** Who works with whom: the receiving organisations' markers. */
	static final String MAHALLA_TASK = "Mahallatask-kanareyka";
	static final String CSO_TASK = "Csotask-kanareyka";
	static final String MAHALLA_NOTE = "Mahallanote-kanareyka";
	static final String CSO_NOTE = "Csonote-kanareyka";
	static final String MAHALLA_DELIVERY = "Mahalladelivery-kanareyka";
	static final String CSO_DELIVERY = "Csodelivery-kanareyka";

	/** A text field of each section that has one. */
	static final Map<Section, String> TEXT_FIELD = new EnumMap<>(Map.ofEntries(Map.entry(Section.CORE, "contactPhone"),
			Map.entry(Section.HEALTH, "conditions"), Map.entry(Section.EDUCATION, "institution"),
			Map.entry(Section.LIVELIHOOD, "skills"), Map.entry(Section.DOCUMENTS, "registryOffice"),
			Map.entry(Section.FAMILY, "familyRelations"), Map.entry(Section.LEGAL, "court"),
			Map.entry(Section.SECURITY, "observations"), Map.entry(Section.RELIGIOUS, "counsellor"),
			Map.entry(Section.COMMUNITY, "activities")));

	/** Who writes each section here: the one whose work it is. */
	static final Map<Section, String> WRITER = new EnumMap<>(Map.ofEntries(Map.entry(Section.CORE, MANAGER),
			Map.entry(Section.HEALTH, Demo.HEALTH_SPECIALIST), Map.entry(Section.PSYCHOSOCIAL, Demo.PSYCHOLOGIST),
			Map.entry(Section.EDUCATION, Demo.TEACHER), Map.entry(Section.LIVELIHOOD, MANAGER),
			Map.entry(Section.DOCUMENTS, MANAGER), Map.entry(Section.FAMILY, MANAGER),
			Map.entry(Section.LEGAL, Demo.JUSTICE_OFFICER), Map.entry(Section.SECURITY, Demo.SECURITY_OFFICER),
			Map.entry(Section.RELIGIOUS, Demo.RELIGIOUS_COUNSELLOR), Map.entry(Section.COMMUNITY, MANAGER)));

	/** Who reads each section of this case in their normal work (DESIGN.md §2, the sections' table). */
	static final Map<Section, Set<String>> READERS = new EnumMap<>(Map.ofEntries(
			Map.entry(Section.CORE, union(WHOLE, SPECIALISTS, Set.of(Demo.TEACHER), OFFICERS)),
			Map.entry(Section.HEALTH, union(WHOLE, Set.of(Demo.HEALTH_SPECIALIST))),
			Map.entry(Section.PSYCHOSOCIAL, union(WHOLE, Set.of(Demo.PSYCHOLOGIST))),
			Map.entry(Section.EDUCATION, union(WHOLE, Set.of(Demo.TEACHER))),
			Map.entry(Section.LIVELIHOOD, WHOLE),
			Map.entry(Section.DOCUMENTS, union(WHOLE, Set.of(Demo.JUSTICE_OFFICER))),
			Map.entry(Section.FAMILY, WHOLE),
			Map.entry(Section.LEGAL, Set.of(Demo.COORDINATOR, Demo.TASHKENT_COORDINATOR, Demo.JUSTICE_OFFICER)),
			Map.entry(Section.SECURITY, Set.of(Demo.SECURITY_OFFICER)),
			Map.entry(Section.RELIGIOUS, union(WHOLE, Set.of(Demo.RELIGIOUS_COUNSELLOR))),
			Map.entry(Section.COMMUNITY, WHOLE)));

	/** The needs assessment's item of each domain whose answer is planted, and who reads that domain. */
	static final Map<String, Set<String>> NEEDS_ITEMS = Map.of("HEALTH_MATERNAL",
			union(WHOLE, Set.of(Demo.HEALTH_SPECIALIST)), "PSY_DISTRESS", union(WHOLE, Set.of(Demo.PSYCHOLOGIST)),
			"EDU_CATCH_UP", union(WHOLE, Set.of(Demo.TEACHER)), "LIV_WORK", WHOLE, "DOC_CIVIL", WHOLE,
			"FAM_REUNIFICATION", WHOLE, "LEGAL_ADVICE", WHOLE, "COM_ACCEPTANCE", WHOLE);

	static String field(Section section) {
		return "Field" + section.name().toLowerCase() + "-kanareyka";
	}

	static String note(Section section) {
		return "Note" + section.name().toLowerCase() + "-kanareyka";
	}

	static String file(Section section) {
		return "file" + section.name().toLowerCase() + "-kanareyka.pdf";
	}

	static String goal(Section section) {
		return "Goal" + section.name().toLowerCase() + "-kanareyka";
	}

	static String action(Section section) {
		return "Action" + section.name().toLowerCase() + "-kanareyka";
	}

	/** The ids the routes are given. */
	final Map<String, String> ids = new LinkedHashMap<>();
	final List<String> attachmentIds = new ArrayList<>();
	final List<String> assessmentIds = new ArrayList<>();
	/** Each marker and the users who may find it. */
	final Map<String, Set<String>> allowed = new LinkedHashMap<>();

	private final int port;
	private final Http api;
	private final JdbcClient jdbc;
	private final Accounts accounts;

	private CanaryCase(int port, JdbcClient jdbc, Accounts accounts) {
		this.port = port;
		this.api = new Http(port);
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	String id(String name) {
		String id = ids.get(name);
		if (id == null) {
			throw new IllegalStateException("no " + name);
		}
		return id;
	}

	static CanaryCase plant(int port, JdbcClient jdbc, Accounts accounts) {
		CanaryCase canary = new CanaryCase(port, jdbc, accounts);
		canary.plant();
		return canary;
	}

	@SafeVarargs
	static Set<String> union(Set<String>... sets) {
		Set<String> union = new java.util.HashSet<>();
		for (Set<String> set : sets) {
			union.addAll(set);
		}
		return Set.copyOf(union);
	}

	private void plant() {
		// The case manager, placed where the demo's is, as an account is made at start-up.
		UserAccount demoManager = accounts.findByUsername(Demo.CASE_MANAGER).orElseThrow();
		if (accounts.findByUsername(MANAGER).isEmpty()) {
			accounts.provision(new NewUser(MANAGER, MANAGER_NAME, Demo.PASSWORD, null, Set.of(Role.CASE_MANAGER),
					demoManager.organizationId(), demoManager.regionId(), null), false);
		}
		Http manager = api.as(MANAGER);
		String tashkent = Fixtures.regionId(manager, "Tashkent");

		// The registry: the operation, the mother, the child, their household.
		var operation = manager.post("/api/v1/operations", Map.of("name", OPERATION, "operationDate", OPERATION_DATE,
				"originCountry", "SY", "originFacility", "Camp Qushuya"));
		assertThat(operation.status()).as(operation.text()).isEqualTo(201);
		ids.put("operation", operation.json().get("id").asString());
		String mother = register(manager, "Kanareykina", MOTHER_GIVEN_NAME, "1991-06-05", tashkent);
		Map<String, Object> child = Fixtures.person("Kanareykina", GIVEN_NAME, BIRTH_DATE, tashkent);
		child.put("operationId", id("operation"));
		child.put("arrivalDate", ARRIVAL_DATE);
		child.put("locality", LOCALITY);
		var registered = manager.post("/api/v1/persons", Fixtures.registration(child, List.of()));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		ids.put("person", registered.json().get("id").asString());
		ids.put("motherPerson", mother);
		var household = manager.post("/api/v1/households", Map.of("label", HOUSEHOLD, "regionId", tashkent,
				"locality", LOCALITY));
		assertThat(household.status()).as(household.text()).isEqualTo(201);
		ids.put("household", household.json().get("id").asString());
		for (var member : List.of(Map.of("personId", mother, "relationship", "MOTHER"),
				Map.of("personId", id("person"), "relationship", "CHILD"))) {
			var added = manager.post("/api/v1/households/" + id("household") + "/members", member);
			assertThat(added.status()).as(added.text()).isBetween(200, 201);
		}

		// The cases: the mother's, and the child's linked to it, owned by the new organisation.
		ids.put("motherCase", open(manager, mother, null));
		ids.put("case", open(manager, id("person"), id("motherCase")));
		String caseUrl = "/api/v1/cases/" + id("case");
		var edited = manager.put(caseUrl, Map.of("version", version(manager), "motherCaseId", id("motherCase"),
				"owningOrganizationId", demoManager.organizationId().toString(), "flags", List.of("STATELESSNESS_RISK")));
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		for (String target : List.of("ASSESSMENT", "REHABILITATION")) {
			var moved = manager.post(caseUrl + "/stage", Map.of("version", version(manager), "target", target,
					"reason", STAGE_REASON));
			assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		}

		// Each specialist gets their section.
		for (var assigned : Map.of(Section.HEALTH, Demo.HEALTH_SPECIALIST, Section.PSYCHOSOCIAL, Demo.PSYCHOLOGIST,
				Section.EDUCATION, Demo.TEACHER, Section.RELIGIOUS, Demo.RELIGIOUS_COUNSELLOR).entrySet()) {
			var answer = manager.put(caseUrl + "/sections/" + assigned.getKey() + "/specialist",
					Map.of("version", sectionVersion(manager, assigned.getKey()), "specialistId",
							Users.idOf(port, assigned.getValue())));
			assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		}

		// Every section written by the one whose work it is: a field, a note, a file.
		for (Section section : Section.values()) {
			Http writer = api.as(WRITER.get(section));
			if (TEXT_FIELD.containsKey(section)) {
				var written = writer.put(caseUrl + "/sections/" + section, Map.of("version",
						sectionVersion(writer, section), "fields", Map.of(TEXT_FIELD.get(section), field(section))));
				assertThat(written.status()).as(section + " " + written.text()).isEqualTo(200);
			}
			var noted = writer.post(caseUrl + "/sections/" + section + "/notes",
					Map.of("notedOn", "2026-01-15", "text", note(section)));
			assertThat(noted.status()).as(noted.text()).isEqualTo(201);
			var attached = writer.postFile(caseUrl + "/sections/" + section + "/attachments", file(section),
					"application/pdf", MINIMAL_PDF);
			assertThat(attached.status()).as(attached.text()).isEqualTo(201);
			attachmentIds.add(attached.json().get("id").asString());
			if (TEXT_FIELD.containsKey(section)) {
				allowed.put(field(section), READERS.get(section));
			}
			allowed.put(note(section), READERS.get(section));
			allowed.put(file(section), READERS.get(section));
		}

		// The plan: a goal and an action in every domain that holds goals, by whoever plans there.
		for (Section section : Section.values()) {
			if (section == Section.CORE || section == Section.SECURITY) {
				continue;
			}
			Http planner = api.as(section == Section.LEGAL ? Demo.JUSTICE_OFFICER : MANAGER);
			var goal = planner.post(caseUrl + "/plan/goals", Map.of("domain", section, "description", goal(section)));
			assertThat(goal.status()).as(section + " " + goal.text()).isEqualTo(201);
			var action = planner.post(caseUrl + "/plan/actions", Map.of("goalId", goal.json().get("id").asString(),
					"description", action(section), "dueDate", "2031-01-31"));
			assertThat(action.status()).as(action.text()).isEqualTo(201);
			Set<String> readers = section == Section.COMMUNITY ? WHOLE : READERS.get(section);
			allowed.put(goal(section), readers);
			allowed.put(action(section), readers);
		}

		// The guardian's consent, and a referral to the mahalla and one to the civil-society organisation.
		var consent = manager.post(caseUrl + "/consents", Map.of("givenBy", "GUARDIAN", "guardianName", GUARDIAN,
				"childView", CHILD_VIEW, "organizationTypes", List.of("LOCAL_COMMUNITY", "CIVIL_SOCIETY"), "purposes",
				List.of("MENTORING", "LIVELIHOOD_SUPPORT"), "givenOn", CONSENT_DATE));
		assertThat(consent.status()).as(consent.text()).isEqualTo(201);
		ids.put("consent", consent.json().get("id").asString());
		ids.put("mahallaReferral", refer(manager, "MENTORING", "Navbahor mahalla committee", MAHALLA_TASK));
		ids.put("csoReferral", refer(manager, "VOCATIONAL_COURSE", "Hamkor Qadam civic initiative", CSO_TASK));
		work(Demo.COMMUNITY_WORKER, id("mahallaReferral"), MAHALLA_NOTE, MAHALLA_DELIVERY, "MENTORING_VISIT");
		work(Demo.CSO_WORKER, id("csoReferral"), CSO_NOTE, CSO_DELIVERY, "OTHER");

		// Assessments: needs with an answer in every domain, the child's best interests, the progress index.
		ids.put("needs", assess(manager, "NEEDS", Map.ofEntries(Map.entry("HEALTH_MATERNAL", "URGENT_NEED"),
				Map.entry("PSY_DISTRESS", "SOME_NEED"), Map.entry("EDU_CATCH_UP", "SOME_NEED"),
				Map.entry("LIV_WORK", "NO_NEED"), Map.entry("DOC_CIVIL", "SOME_NEED"),
				Map.entry("FAM_REUNIFICATION", "URGENT_NEED"), Map.entry("LEGAL_ADVICE", "SOME_NEED"),
				Map.entry("COM_ACCEPTANCE", "SOME_NEED"))));
		ids.put("bestInterests", assess(manager, "BEST_INTERESTS", Map.of("BIA_ABUSE", "SOME_CONCERN")));
		ids.put("rpi", assess(manager, "RPI", Map.of("ECONOMIC_SATISFACTION", "NEUTRAL")));
		assessmentIds.addAll(List.of(id("needs"), id("bestInterests"), id("rpi")));

		// A transfer asked for, with its reason.
		var transfer = manager.post(caseUrl + "/transfers", Map.of("toRegionId", Fixtures.regionId(manager,
				"Fergana Region"), "reason", TRANSFER_REASON));
		assertThat(transfer.status()).as(transfer.text()).isEqualTo(201);
		ids.put("transfer", transfer.json().get("id").asString());

		// The employment specialist, who does not reach the case, breaks the glass on livelihood.
		var emergency = api.as(Demo.EMPLOYMENT_SPECIALIST).post(caseUrl + "/emergency-access",
				Map.of("section", "LIVELIHOOD", "reason", EMERGENCY_REASON, "minutes", 120));
		assertThat(emergency.status()).as(emergency.text()).isEqualTo(201);
		ids.put("emergency", emergency.json().get("id").asString());

		// A good practice with an attached file, so that the library's file route has one to serve.
		jdbc.sql("""
				INSERT INTO council_file (id, file_name, content_type, size, content, uploaded_by)
				VALUES ('6d9b1f6e-9a57-4c8e-9d64-3c0c1a7b2e01', 'practice.pdf', 'application/pdf', ?, ?, 'secretariat')""")
				.params(MINIMAL_PDF.length, MINIMAL_PDF).update();
		jdbc.sql("""
				INSERT INTO council_practice_attachment (practice_id, file_id)
				SELECT id, '6d9b1f6e-9a57-4c8e-9d64-3c0c1a7b2e01' FROM council_good_practice ORDER BY id LIMIT 1""")
				.update();

		declareWhoMaySeeTheHeader();
	}

	/** DESIGN.md §2's header table, column by column, for this case's readers. */
	private void declareWhoMaySeeTheHeader() {
		Set<String> reaching = union(WHOLE, SPECIALISTS, Set.of(Demo.TEACHER), OFFICERS, COMMUNITY,
				Set.of(Demo.EMPLOYMENT_SPECIALIST));
		// the registry of the region: its case managers find anyone registered there, to avoid registering anyone twice
		Set<String> registry = union(WHOLE, Set.of(Demo.CASE_MANAGER));
		allowed.put(GIVEN_NAME, union(reaching, registry));
		allowed.put(LOCALITY, union(reaching, registry));
		allowed.put(BIRTH_DATE, union(WHOLE, SPECIALISTS, Set.of(Demo.TEACHER), OFFICERS, registry));
		allowed.put(dotted(BIRTH_DATE), allowed.get(BIRTH_DATE));
		// an operation brings people home to every region: the registry's users see it whoever they serve, and the
		// auditor reads the trail's entries about it by its name
		allowed.put(OPERATION, union(WHOLE, SPECIALISTS, OFFICERS, registry,
				Set.of(Demo.REGIONAL_COORDINATOR, Demo.CASE_MANAGER_FERGANA, Demo.AUDITOR)));
		allowed.put(ARRIVAL_DATE, union(WHOLE, SPECIALISTS, OFFICERS, registry));
		allowed.put(dotted(ARRIVAL_DATE), allowed.get(ARRIVAL_DATE));
		allowed.put(STAGE_REASON, WHOLE);
		allowed.put(TRANSFER_REASON, union(WHOLE, Set.of(Demo.REGIONAL_COORDINATOR)));
		// the case manager: to community workers as the referring contact on their task; the administrator keeps
		// the accounts
		allowed.put(MANAGER_NAME, union(WHOLE, SPECIALISTS, Set.of(Demo.TEACHER), OFFICERS, COMMUNITY,
				Set.of(Demo.ADMIN, Demo.ADMIN2)));
		// the mother has her own case, which the officers of her region reach as they reach every case there
		allowed.put(MOTHER_GIVEN_NAME, union(registry, OFFICERS));
		allowed.put(HOUSEHOLD, registry);
		allowed.put(GUARDIAN, WHOLE);
		allowed.put(CHILD_VIEW, WHOLE);
		allowed.put(CONSENT_DATE, union(WHOLE, COMMUNITY));
		allowed.put(dotted(CONSENT_DATE), union(WHOLE, COMMUNITY));
		allowed.put(MAHALLA_TASK, union(WHOLE, Set.of(Demo.COMMUNITY_WORKER)));
		allowed.put(CSO_TASK, union(WHOLE, Set.of(Demo.CSO_WORKER)));
		allowed.put(MAHALLA_NOTE, union(WHOLE, Set.of(Demo.COMMUNITY_WORKER)));
		allowed.put(CSO_NOTE, union(WHOLE, Set.of(Demo.CSO_WORKER)));
		allowed.put(MAHALLA_DELIVERY, union(WHOLE, Set.of(Demo.COMMUNITY_WORKER)));
		allowed.put(CSO_DELIVERY, union(WHOLE, Set.of(Demo.CSO_WORKER)));
		allowed.put(EMERGENCY_REASON, Set.of(Demo.AUDITOR));
		// the registry's ids of the child and her mother: the registry's users, and the auditor in the trail
		allowed.put(id("person"), union(registry, Set.of(Demo.AUDITOR)));
		allowed.put(id("motherPerson"), union(registry, Set.of(Demo.AUDITOR)));
		// the link to the mother's case: the household row of the header; the officers reach her case itself
		allowed.put(id("motherCase"), union(WHOLE, OFFICERS, Set.of(Demo.AUDITOR)));
		// the livelihood section opened by emergency: its content, not its plan
		for (String marker : List.of(field(Section.LIVELIHOOD), note(Section.LIVELIHOOD), file(Section.LIVELIHOOD))) {
			allowed.put(marker, union(allowed.get(marker), Set.of(Demo.EMPLOYMENT_SPECIALIST)));
		}
		NEEDS_ITEMS.forEach(allowed::put);
	}

	/** A date as the pages show it. */
	static String dotted(String isoDate) {
		String[] parts = isoDate.split("-");
		return parts[2] + "." + parts[1] + "." + parts[0];
	}

	private String register(Http manager, String surname, String givenName, String birthDate, String region) {
		var registered = manager.post("/api/v1/persons",
				Fixtures.registration(Fixtures.person(surname, givenName, birthDate, region), List.of()));
		assertThat(registered.status()).as(registered.text()).isEqualTo(201);
		return registered.json().get("id").asString();
	}

	private String open(Http manager, String personId, String motherCaseId) {
		Map<String, Object> command = new HashMap<>();
		command.put("personId", personId);
		command.put("motherCaseId", motherCaseId);
		var opened = manager.post("/api/v1/cases", command);
		assertThat(opened.status()).as(opened.text()).isEqualTo(201);
		return opened.json().get("id").asString();
	}

	private int version(Http client) {
		return client.get("/api/v1/cases/" + id("case")).json().get("version").asInt();
	}

	private int sectionVersion(Http client, Section section) {
		return client.get("/api/v1/cases/" + id("case") + "/sections/" + section).json().get("version").asInt();
	}

	private String refer(Http manager, String service, String organization, String task) {
		String organizationId = manager.get("/api/v1/services").json().valueStream()
				.filter(s -> s.get("code").asString().equals(service)).flatMap(s -> s.get("providers").valueStream())
				.filter(o -> o.get("name").asString().equals(organization)).findFirst().orElseThrow().get("id")
				.asString();
		var referred = manager.post("/api/v1/cases/" + id("case") + "/referrals", Map.of("serviceCode", service,
				"toOrganizationId", organizationId, "task", task));
		assertThat(referred.status()).as(referred.text()).isEqualTo(201);
		return referred.json().get("id").asString();
	}

	private void work(String worker, String referralId, String note, String delivery, String activity) {
		Http receiver = api.as(worker);
		JsonNode referral = receiver.get("/api/v1/referrals/" + referralId).json();
		var accepted = receiver.post("/api/v1/referrals/" + referralId + "/status",
				Map.of("version", referral.get("version").asInt(), "target", "ACCEPTED"));
		assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
		var delivered = receiver.post("/api/v1/referrals/" + referralId + "/deliveries", Map.of("activity", activity,
				"deliveredOn", "2026-02-01", "outcome", "DONE", "notes", delivery));
		assertThat(delivered.status()).as(delivered.text()).isEqualTo(201);
		var noted = receiver.post("/api/v1/cases/" + id("case") + "/sections/COMMUNITY/notes",
				Map.of("notedOn", "2026-02-01", "text", note));
		assertThat(noted.status()).as(noted.text()).isEqualTo(201);
	}

	private String assess(Http manager, String instrument, Map<String, String> answers) {
		var recorded = manager.post("/api/v1/cases/" + id("case") + "/assessments",
				Map.of("instrumentCode", instrument, "assessedOn", "2026-02-10", "answers", answers));
		assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
		return recorded.json().get("id").asString();
	}

	/** The smallest file the attachment check takes for a PDF. */
	static final byte[] MINIMAL_PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
}

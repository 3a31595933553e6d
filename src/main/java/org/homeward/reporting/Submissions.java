package org.homeward.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.audit.AuditAction;
import org.homeward.audit.AuditTrail;
import org.homeward.reporting.internal.FigureStore;
import org.homeward.reporting.internal.NodeSigningKey;
import org.homeward.reporting.internal.RegionCodes;
import org.homeward.shared.Refused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * A quarter as it leaves the node: every cell of every indicator under small-cell suppression, audited once more as
 * the last step (publication is refused if any withheld cell could be narrowed below the threshold), written as
 * SDMX-CSV or SDMX-JSON and signed with the node's key (JWS, ES256). The national coordinator submits it to the
 * Council's hub; the analyst and the national coordinator may download it. Every export is in the audit trail.
 */
@Service
public class Submissions {

	public static final String RECORD_TYPE = "REPORTING_QUARTER";

	private final FigureStore store;
	private final RegionCodes regions;
	private final NodeSigningKey key;
	private final ReportingSettings settings;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final boolean demo;
	private volatile int localPort;

	Submissions(FigureStore store, RegionCodes regions, NodeSigningKey key, ReportingSettings settings,
			AuditTrail audit, JdbcClient jdbc, @Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone,
			@Value("${homeward.demo:false}") boolean demo) {
		this.demo = demo;
		this.store = store;
		this.regions = regions;
		this.key = key;
		this.settings = settings;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = Clock.system(zone);
	}

	/** How this node names itself to the hub. */
	public String nodeId() {
		return StringUtils.hasText(settings.nodeId()) ? settings.nodeId() : "HOMEWARD-" + regions.nodeCountry();
	}

	/** The node's public key (JWK), which the Council's secretariat registers for it. */
	public String publicKey() {
		return key.publicJwk();
	}

	/** The quarter's suppressed dataset, audited again; refused if the audit finds a cell narrower than allowed. */
	public SdmxDataset dataset(CurrentUser user, Quarter quarter) {
		requireExporter(user);
		List<String> codes = regions.nodeRegionCodes();
		List<SdmxDataset.Observation> observations = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			for (String category : indicator.categories()) {
				Series series = new Series(indicator, category);
				Publication publication = store.publication(quarter, series)
						.orElseThrow(() -> new Refused("reporting.export.notComputed"));
				Publication audited = publication.audited(codes);
				if (!audited.passed()) {
					throw new Refused("reporting.export.auditFailed");
				}
				for (Cell cell : IndicatorCalculator.cells(codes)) {
					Figure figure = publication.exact().get(cell);
					if (figure == null) {
						continue;
					}
					if (publication.isWithheld(cell)) {
						observations.add(new SdmxDataset.Observation(indicator.code(), cell.region(), cell.sex(),
								cell.age(), category, null, indicator.unitMeasure(), Sdmx.CONFIDENTIAL));
					}
					else if (figure.value() != null) {
						observations.add(new SdmxDataset.Observation(indicator.code(), cell.region(), cell.sex(),
								cell.age(), category, figure.value(), indicator.unitMeasure(), Sdmx.NORMAL));
					}
				}
			}
		}
		return new SdmxDataset(nodeId(), UUID.randomUUID().toString(), Instant.now(clock), regions.nodeCountry(),
				quarter, false, observations);
	}

	/** The format of a download: SDMX-CSV or SDMX-JSON, plain or as a signed JWS. */
	public enum Format {
		CSV, JSON
	}

	/** The quarter as a file to download, recorded as an export. */
	public String export(CurrentUser user, Quarter quarter, Format format, boolean signed) {
		SdmxDataset dataset = dataset(user, quarter);
		String text = format == Format.CSV ? Sdmx.csv(dataset) : Sdmx.json(dataset);
		audit.record(user.actor(), AuditAction.EXPORT, RECORD_TYPE, quarter.toString(),
				"SDMX-" + format + (signed ? " signed" : "") + ", " + dataset.observations().size() + " observations");
		return signed ? sign(dataset, text, format) : text;
	}

	/** Signs a message as the hub expects it. */
	public String sign(SdmxDataset dataset, String text, Format format) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", dataset.senderId());
		claims.put("jti", dataset.messageId());
		claims.put("iat", dataset.prepared().getEpochSecond());
		return key.sign(text.getBytes(StandardCharsets.UTF_8), format == Format.CSV ? Sdmx.CSV_TYPE : Sdmx.JSON_TYPE,
				claims);
	}

	/** What the hub answered a submission. */
	public record Sent(UUID id, Quarter quarter, Instant sentAt, String sentBy, int status, Integer revision,
			String answer) {
	}

	/**
	 * Sends the quarter, as signed SDMX-JSON, to the configured hub; the national coordinator's to do. The answer is
	 * kept whatever it is.
	 */
	public Sent submit(CurrentUser user, Quarter quarter) {
		if (user == null || !user.has(Role.COORDINATOR) || user.regionId() != null) {
			throw new AccessDeniedException("the national coordinator submits to the Council");
		}
		URI hub = hub();
		SdmxDataset dataset = dataset(user, quarter);
		String jws = sign(dataset, Sdmx.json(dataset), Format.JSON);
		audit.record(user.actor(), AuditAction.EXPORT, RECORD_TYPE, quarter.toString(),
				"submitted to the Council's hub, " + dataset.observations().size() + " observations");
		int status;
		String answer;
		Integer revision = null;
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(hub.resolve("/api/v1/hub/submissions"))
					.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/jose")
					.header("Accept", "application/json, application/problem+json")
					.POST(HttpRequest.BodyPublishers.ofString(jws)).build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			answer = response.body().length() > 2000 ? response.body().substring(0, 2000) : response.body();
			var matcher = java.util.regex.Pattern.compile("\"revision\"\\s*:\\s*(\\d+)").matcher(answer);
			if (status == 201 && matcher.find()) {
				revision = Integer.valueOf(matcher.group(1));
			}
		}
		catch (IOException e) {
			status = 0;
			answer = "unreachable";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			status = 0;
			answer = "interrupted";
		}
		UUID id = UUID.randomUUID();
		Instant now = Instant.now(clock);
		jdbc.sql("""
				INSERT INTO reporting_submission (id, quarter, message_id, hub_url, sent_at, sent_by, http_status, revision,
				  answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, quarter.toString(), dataset.messageId(), hub.toString(), java.sql.Timestamp.from(now),
						user.username(), status, revision, answer)
				.update();
		return new Sent(id, quarter, now, user.username(), status, revision, answer);
	}

	/** The quarters sent so far, newest first. */
	public List<Sent> sent(CurrentUser user) {
		requireExporter(user);
		return jdbc.sql("SELECT * FROM reporting_submission ORDER BY sent_at DESC LIMIT 20").query((rs, n) -> new Sent(
				rs.getObject("id", UUID.class), Quarter.parse(rs.getString("quarter")),
				rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by"), rs.getInt("http_status"),
				(Integer) rs.getObject("revision"), rs.getString("answer"))).list();
	}

	/** Whether the node knows where to submit: a configured hub, or itself in the demo. */
	public boolean hubConfigured() {
		return StringUtils.hasText(settings.hubUrl()) || (demo && localPort > 0);
	}

	@org.springframework.context.event.EventListener
	void on(org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
		localPort = event.getWebServer().getPort();
	}

	/** The hub's address: the configured one; in the demo without one, this very process, whose hub tier listens. */
	public URI hub() {
		if (!hubConfigured()) {
			throw new Refused("reporting.submit.noHub");
		}
		if (!StringUtils.hasText(settings.hubUrl())) {
			return URI.create("http://localhost:" + localPort);
		}
		URI uri = URI.create(settings.hubUrl().trim());
		boolean local = Set.of("localhost", "127.0.0.1", "[::1]", "::1").contains(String.valueOf(uri.getHost()));
		if (!"https".equals(uri.getScheme()) && !(local && "http".equals(uri.getScheme()))) {
			throw new Refused("reporting.submit.httpsOnly");
		}
		return uri;
	}

	private static void requireExporter(CurrentUser user) {
		boolean national = user != null && user.has(Role.COORDINATOR) && user.regionId() == null;
		if (!national && (user == null || !user.has(Role.ANALYST))) {
			throw new AccessDeniedException("the national coordinator and the analyst export the quarter");
		}
	}
}

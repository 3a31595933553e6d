package org.homeward.council.indicators;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.council.ImplementationStatus;
import org.homeward.council.Recommendations;
import org.homeward.council.TrackerFilter;
import org.homeward.council.TrackerRow;
import org.homeward.council.indicators.SubmissionRefused.Reason;
import org.homeward.council.indicators.internal.HubStore;
import org.homeward.reporting.Sdmx;
import org.homeward.reporting.SdmxDataset;
import org.homeward.reporting.Series;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's side of the regional indicators: the register of nodes, the import of their signed quarters, and the
 * comparison of the five states. The import needs no Homeward account: the signature, checked against the key the
 * secretariat registered for the sending node, is what authenticates a message.
 */
@Service
public class RegionalIndicators {

	/** The five member states, in the order the Council lists them. */
	public static final List<String> STATES = List.of("KZ", "KG", "TJ", "TM", "UZ");
	private static final int MAX_MESSAGE = 1_000_000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HubStore store;
	private final Recommendations recommendations;

	RegionalIndicators(HubStore store, Recommendations recommendations) {
		this.store = store;
		this.recommendations = recommendations;
	}

	// --- the register ---

	public List<Node> nodes(CurrentUser user) {
		requireCouncil(user);
		return store.nodes();
	}

	/** Registers a node, or gives a registered node its new key. */
	@Transactional
	public Node register(RegisterNode command, CurrentUser user) {
		requireSecretariat(user);
		ECKey key = publicKey(command.publicJwk());
		Optional<Node> existing = store.byNodeId(command.nodeId());
		UUID id = existing.map(Node::id).orElseGet(UUID::randomUUID);
		if (existing.isPresent()) {
			store.updateNode(id, command.countryCode(), key.getKeyID(), key.toJSONString(), true, user.username());
		}
		else {
			store.insertNode(id, command.nodeId(), command.countryCode(), key.getKeyID(), key.toJSONString(),
					user.username());
		}
		return store.node(id).orElseThrow();
	}

	@Transactional
	public Node deactivate(UUID id, CurrentUser user) {
		requireSecretariat(user);
		Node node = store.node(id).orElseThrow(() -> new RecordNotFound("COUNCIL_NODE"));
		store.updateNode(id, node.countryCode(), node.keyId(), node.publicJwk(), false, user.username());
		return store.node(id).orElseThrow();
	}

	private static ECKey publicKey(String jwk) {
		try {
			JWK parsed = JWK.parse(jwk);
			if (!(parsed instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
				throw new Refused("hub.node.keyType");
			}
			if (ec.isPrivate()) {
				throw new Refused("hub.node.privateKey");
			}
			return ec.getKeyID() != null ? ec : new ECKey.Builder(ec).keyIDFromThumbprint().build();
		}
		catch (ParseException | JOSEException e) {
			throw new Refused("hub.node.keyType");
		}
	}

	// --- the import ---

	/**
	 * Verifies and imports one submission: a compact JWS (ES256) whose protected header names the node ({@code iss}),
	 * the message ({@code jti}) and the SDMX format ({@code cty}), and whose payload is the SDMX message.
	 */
	@Transactional
	public Received receive(String body) {
		String message = body == null ? "" : body.trim();
		if (message.isEmpty() || message.length() > MAX_MESSAGE) {
			throw new SubmissionRefused(Reason.MALFORMED, "empty or too large");
		}
		if (message.startsWith("{") || message.startsWith("STRUCTURE") || message.startsWith("\"STRUCTURE")) {
			throw new SubmissionRefused(Reason.UNSIGNED, "plain SDMX");
		}
		String[] parts = message.split("\\.", -1);
		if (parts.length != 3) {
			throw new SubmissionRefused(Reason.MALFORMED, "not a compact JWS");
		}
		String algorithm = algorithm(parts[0]);
		if ("none".equalsIgnoreCase(algorithm) || parts[2].isEmpty()) {
			throw new SubmissionRefused(Reason.UNSIGNED, null);
		}
		JWSObject jws;
		try {
			jws = JWSObject.parse(message);
		}
		catch (ParseException e) {
			throw new SubmissionRefused(Reason.MALFORMED, "JWS");
		}
		if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
			throw new SubmissionRefused(Reason.MALFORMED, "algorithm " + jws.getHeader().getAlgorithm());
		}
		String issuer = text(jws.getHeader().getCustomParam("iss"));
		String messageId = text(jws.getHeader().getCustomParam("jti"));
		if (issuer == null || messageId == null) {
			throw new SubmissionRefused(Reason.MALFORMED, "iss and jti");
		}
		Node node = store.byNodeId(issuer).filter(Node::active)
				.orElseThrow(() -> new SubmissionRefused(Reason.UNKNOWN_NODE, null));
		if (!node.keyId().equals(jws.getHeader().getKeyID())) {
			throw new SubmissionRefused(Reason.WRONG_KEY, null);
		}
		try {
			if (!jws.verify(new ECDSAVerifier(ECKey.parse(node.publicJwk())))) {
				throw new SubmissionRefused(Reason.TAMPERED, null);
			}
		}
		catch (JOSEException | ParseException e) {
			throw new SubmissionRefused(Reason.TAMPERED, null);
		}
		if (store.messageSeen(messageId)) {
			throw new SubmissionRefused(Reason.REPLAYED, null);
		}
		SdmxDataset dataset = dataset(jws, issuer, messageId);
		if (!dataset.country().equals(node.countryCode())) {
			throw new SubmissionRefused(Reason.WRONG_STATE, dataset.country());
		}
		try {
			return store.insert(node, dataset, jws.getHeader().getContentType(), message);
		}
		catch (DuplicateKeyException e) {
			throw new SubmissionRefused(Reason.REPLAYED, null);
		}
	}

	private static SdmxDataset dataset(JWSObject jws, String issuer, String messageId) {
		String type = jws.getHeader().getContentType();
		String payload = jws.getPayload().toString();
		try {
			if (Sdmx.JSON_TYPE.equals(type)) {
				SdmxDataset dataset = Sdmx.readJson(payload);
				if (!dataset.messageId().equals(messageId) || !dataset.senderId().equals(issuer)) {
					throw new SubmissionRefused(Reason.MALFORMED, "the header and the message disagree");
				}
				return dataset;
			}
			if (Sdmx.CSV_TYPE.equals(type)) {
				Object iat = jws.getHeader().getCustomParam("iat");
				Instant prepared = iat instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : Instant.now();
				return Sdmx.readCsv(payload, issuer, messageId, prepared,
						Boolean.TRUE.equals(jws.getHeader().getCustomParam("test")));
			}
		}
		catch (Sdmx.Malformed e) {
			throw new SubmissionRefused(Reason.MALFORMED, e.detail());
		}
		throw new SubmissionRefused(Reason.MALFORMED, "content type");
	}

	private static String algorithm(String encodedHeader) {
		try {
			JsonNode header = JSON.readTree(new String(Base64.getUrlDecoder().decode(encodedHeader),
					StandardCharsets.UTF_8));
			return header.path("alg").asString("");
		}
		catch (RuntimeException e) {
			throw new SubmissionRefused(Reason.MALFORMED, "JWS header");
		}
	}

	private static String text(Object value) {
		return value instanceof String s && !s.isBlank() ? s : null;
	}

	// --- what the Council reads ---

	public List<Received> submissions(CurrentUser user, String countryCode) {
		requireCouncil(user);
		return store.submissions(countryCode, null);
	}

	/**
	 * One series compared across the five states: each state's national total in every quarter received (the latest
	 * revision of each), and which of them are illustrative.
	 */
	public record Comparison(Series series, List<String> quarters, Map<String, Map<String, Point>> byState) {

		/** The last quarter any state sent. */
		public String latestQuarter() {
			return quarters.isEmpty() ? null : quarters.get(quarters.size() - 1);
		}
	}

	/** A state's figure for a quarter: its value or withheld, the revision it comes from, and whether illustrative. */
	public record Point(Double value, boolean withheld, int revision, boolean illustrative) {
	}

	@Transactional(readOnly = true)
	public Comparison comparison(CurrentUser user, Series series) {
		requireCouncil(user);
		List<HubStore.Latest> latest = store.latest(series.indicator().code(), series.category(), "_T", "_T", "_T");
		TreeSet<String> quarters = new TreeSet<>();
		Map<String, Map<String, Point>> byState = new LinkedHashMap<>();
		STATES.forEach(s -> byState.put(s, new LinkedHashMap<>()));
		for (HubStore.Latest l : latest) {
			quarters.add(l.quarter());
			byState.computeIfAbsent(l.countryCode(), k -> new LinkedHashMap<>()).put(l.quarter(),
					new Point(l.value(), Sdmx.CONFIDENTIAL.equals(l.status()), l.revision(), l.illustrative()));
		}
		List<String> kept = new ArrayList<>(quarters);
		if (kept.size() > 8) {
			kept = kept.subList(kept.size() - 8, kept.size());
		}
		return new Comparison(series, kept, byState);
	}

	/** The implementation of the Council's recommendations addressed to each state (or its organisations). */
	public record Implementation(String countryCode, Map<ImplementationStatus, Integer> byStatus, int overdue) {

		public int total() {
			return byStatus.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	@Transactional(readOnly = true)
	public List<Implementation> implementation(CurrentUser user) {
		requireCouncil(user);
		Map<String, Map<ImplementationStatus, Integer>> counts = new LinkedHashMap<>();
		Map<String, Integer> overdue = new LinkedHashMap<>();
		for (String state : STATES) {
			Map<ImplementationStatus, Integer> zero = new EnumMap<>(ImplementationStatus.class);
			for (ImplementationStatus status : ImplementationStatus.values()) {
				zero.put(status, 0);
			}
			counts.put(state, zero);
			overdue.put(state, 0);
		}
		for (TrackerRow row : recommendations.tracker(TrackerFilter.none(), user)) {
			String state = row.country() != null ? row.country().code()
					: row.organization() != null ? row.organization().countryCode() : null;
			if (state == null || !counts.containsKey(state)) {
				continue;
			}
			counts.get(state).merge(row.status(), 1, Integer::sum);
			if (row.overdue()) {
				overdue.merge(state, 1, Integer::sum);
			}
		}
		return counts.entrySet().stream().map(e -> new Implementation(e.getKey(), e.getValue(), overdue.get(e.getKey())))
				.sorted(Comparator.comparing(i -> STATES.indexOf(i.countryCode()))).toList();
	}

	static void requireCouncil(CurrentUser user) {
		if (user == null || !user.hasAny(Role.COUNCIL_SECRETARIAT, Role.COUNCIL_MEMBER)) {
			throw new AccessDeniedException("the Council's roles only");
		}
	}

	static void requireSecretariat(CurrentUser user) {
		if (user == null || !user.has(Role.COUNCIL_SECRETARIAT)) {
			throw new AccessDeniedException("the secretariat keeps the register of nodes");
		}
	}
}

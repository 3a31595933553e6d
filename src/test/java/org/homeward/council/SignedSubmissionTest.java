package org.homeward.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.homeward.reporting.Quarter;
import org.homeward.reporting.Sdmx;
import org.homeward.reporting.SdmxDataset;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The hub imports a node's quarter only when it is signed by the key registered for that node, never twice, and only
 * as SDMX of the Council's structure: every other submission is refused over HTTP with its own reason, in the
 * caller's language; a quarter sent again is the next revision and the earlier one is kept.
 */
@HomewardTest
class SignedSubmissionTest {

	@LocalServerPort
	int port;

	Http secretariat;
	Http node;
	ECKey key;
	String nodeId;

	@BeforeEach
	void registerANode() throws Exception {
		secretariat = new Http(port).as(Demo.SECRETARIAT);
		node = new Http(port).anonymous();
		key = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		nodeId = "TEST-KG-" + UUID.randomUUID().toString().substring(0, 8);
		var registered = secretariat.post("/api/v1/council/nodes",
				Map.of("nodeId", nodeId, "countryCode", "KG", "publicJwk", key.toPublicJWK().toJSONString()));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
	}

	@Test
	void aSignedQuarterIsImportedAndASecondOneIsTheNextRevision() throws Exception {
		String quarter = "2025-Q" + (1 + (int) (Math.random() * 4));
		var first = send(sign(json(dataset("KG", quarter, 41.0)), key));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		int revision = first.json().get("revision").asInt();

		var second = send(sign(json(dataset("KG", quarter, 44.0)), key));
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.json().get("revision").asInt()).isEqualTo(revision + 1);

		var kept = secretariat.get("/api/v1/council/submissions?country=KG").json();
		List<Integer> revisions = new java.util.ArrayList<>();
		kept.forEach(s -> {
			if (s.get("quarter").asString().equals(quarter)) {
				revisions.add(s.get("revision").asInt());
			}
		});
		assertThat(revisions).contains(revision, revision + 1);
		// the comparison shows the latest
		var comparison = secretariat.get("/api/v1/council/comparison?indicator=RETURNED").json();
		assertThat(comparison.get("byState").get("KG").get(quarter).get("value").asDouble()).isEqualTo(44.0);
		assertThat(comparison.get("byState").get("KG").get(quarter).get("revision").asInt()).isEqualTo(revision + 1);
	}

	@Test
	void aCsvQuarterIsImportedToo() throws Exception {
		SdmxDataset dataset = dataset("KG", "2024-Q4", 17.0);
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
				.type(JOSEObjectType.JOSE).contentType(Sdmx.CSV_TYPE).customParam("iss", nodeId)
				.customParam("jti", dataset.messageId()).customParam("iat", Instant.now().getEpochSecond()).build(),
				new Payload(Sdmx.csv(dataset)));
		jws.sign(new ECDSASigner(key));
		assertThat(send(jws.serialize()).status()).isEqualTo(201);
	}

	@Test
	void aTamperedSubmissionIsRefused() throws Exception {
		String signed = sign(json(dataset("KG", "2025-Q2", 41.0)), key);
		String[] parts = signed.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
				.replace("41", "14");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
				.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

		var refused = send(tampered);

		assertRefused(refused, 401, "TAMPERED");
		assertThat(refused.json().get("detail").asString()).contains("changed after it was signed");
	}

	@Test
	void anUnsignedSubmissionIsRefused() throws Exception {
		assertRefused(send(json(dataset("KG", "2025-Q2", 41.0))), 401, "UNSIGNED");
		String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
				+ "." + Base64.getUrlEncoder().withoutPadding().encodeToString(json(dataset("KG", "2025-Q2", 41.0))
						.getBytes(StandardCharsets.UTF_8)) + ".";
		assertRefused(send(none), 401, "UNSIGNED");
	}

	@Test
	void aSubmissionSignedWithAnotherKeyIsRefused() throws Exception {
		ECKey other = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		assertRefused(send(sign(json(dataset("KG", "2025-Q2", 41.0)), other)), 401, "WRONG_KEY");
		// another key that claims the registered key's id does not verify
		ECKey impostor = new ECKey.Builder(other).keyID(key.getKeyID()).build();
		assertRefused(send(sign(json(dataset("KG", "2025-Q2", 41.0)), impostor)), 401, "TAMPERED");
	}

	@Test
	void aReplayedSubmissionIsRefused() throws Exception {
		String signed = sign(json(dataset("KG", "2025-Q3", 41.0)), key);
		assertThat(send(signed).status()).isEqualTo(201);
		var replayed = new Http(port).anonymous().inLanguage("ru").postRaw("/api/v1/hub/submissions", signed);
		assertRefused(replayed, 409, "REPLAYED");
		assertThat(replayed.json().get("detail").asString()).contains("уже были получены");
	}

	@Test
	void malformedSubmissionsAreRefused() throws Exception {
		assertRefused(send("not a submission"), 400, "MALFORMED");
		// a well-signed message with a field outside the structure: a name has no place in an aggregate
		String withName = json(dataset("KG", "2025-Q2", 41.0)).replace("\"meta\" : {", "\"meta\" : { \"name\" : \"x\", \"patient\" : \"Akhmedova Madina\",");
		assertRefused(send(sign(withName, key)), 400, "MALFORMED");
		String badCode = json(dataset("KG", "2025-Q2", 41.0)).replace("\"Y18T59\"", "\"Y18T30\"");
		assertRefused(send(sign(badCode, key)), 400, "MALFORMED");
		// figures of another state than the node's
		assertRefused(send(sign(json(dataset("UZ", "2025-Q2", 41.0)), key)), 422, "WRONG_STATE");
	}

	@Test
	void anUnknownNodeIsRefusedAndTheRegisterIsTheSecretariats() throws Exception {
		ECKey stranger = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
		SdmxDataset dataset = dataset("KG", "2025-Q2", 41.0);
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(stranger.getKeyID())
				.contentType(Sdmx.JSON_TYPE).customParam("iss", "NOBODY").customParam("jti", dataset.messageId())
				.build(), new Payload(Sdmx.json(new SdmxDataset("NOBODY", dataset.messageId(), dataset.prepared(), "KG",
						dataset.quarter(), false, dataset.observations()))));
		jws.sign(new ECDSASigner(stranger));
		assertRefused(send(jws.serialize()), 401, "UNKNOWN_NODE");

		var member = new Http(port).as(Demo.EXPERT).post("/api/v1/council/nodes",
				Map.of("nodeId", "X-KG", "countryCode", "KG", "publicJwk", stranger.toPublicJWK().toJSONString()));
		assertThat(member.status()).isEqualTo(403);
		var withPrivate = secretariat.post("/api/v1/council/nodes",
				Map.of("nodeId", "X-KG", "countryCode", "KG", "publicJwk", stranger.toJSONString()));
		assertThat(withPrivate.status()).isEqualTo(422);
		assertThat(new Http(port).as(Demo.CASE_MANAGER).get("/api/v1/council/comparison?indicator=RETURNED").status())
				.isEqualTo(403);
	}

	private void assertRefused(Http.Response response, int status, String reason) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.json().get("code").asString()).isEqualTo("hub.refused." + reason);
	}

	private Http.Response send(String body) {
		return node.postRaw("/api/v1/hub/submissions", body);
	}

	private SdmxDataset dataset(String country, String quarter, double returned) {
		return new SdmxDataset(nodeId, UUID.randomUUID().toString(), Instant.now(), country, Quarter.parse(quarter),
				false, List.of(
						new SdmxDataset.Observation("RETURNED", "_T", "_T", "_T", "_Z", returned, "PERSONS", "A"),
						new SdmxDataset.Observation("RETURNED", "_T", "F", "_T", "_Z", null, "PERSONS", "C"),
						new SdmxDataset.Observation("RETURNED", "_T", "_T", "Y18T59", "_Z", 20.0, "PERSONS", "A"),
						new SdmxDataset.Observation("SCHOOL_ENROLMENT", "_T", "_T", "_T", "_Z", 87.5, "PT", "A")));
	}

	private static String json(SdmxDataset dataset) {
		return Sdmx.json(dataset);
	}

	private String sign(String payload, ECKey with) throws Exception {
		var parsed = Sdmx.readJson(payload.contains("patient") || payload.contains("Y18T30") ? json(dataset("KG",
				"2025-Q2", 1.0)) : payload);
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(with.getKeyID())
				.type(JOSEObjectType.JOSE).contentType(Sdmx.JSON_TYPE).customParam("iss", nodeId)
				.customParam("jti", payload.contains("patient") || payload.contains("Y18T30")
						? UUID.randomUUID().toString() : parsed.messageId())
				.customParam("iat", Instant.now().getEpochSecond()).build(), new Payload(payload));
		jws.sign(new ECDSASigner(with));
		return jws.serialize();
	}
}

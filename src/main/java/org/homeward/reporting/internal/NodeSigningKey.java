package org.homeward.reporting.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.homeward.reporting.ReportingSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The node's signing key: ES256 (ECDSA on P-256), through Nimbus JOSE + JWT. A key file given in
 * {@code homeward.reporting.signing-key} is used as it is; otherwise a key is generated at the first signature and kept
 * in the database, so that every instance of the node signs with the same key. Its public half, with its key id (the
 * JWK thumbprint), is what the Council's secretariat registers for this node.
 */
@Component
public class NodeSigningKey {

	private final JdbcClient jdbc;
	private final ReportingSettings settings;
	private volatile ECKey key;

	NodeSigningKey(JdbcClient jdbc, ReportingSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The public key as a JWK (JSON), for the hub's register. */
	public String publicJwk() {
		return key().toPublicJWK().toJSONString();
	}

	public String keyId() {
		return key().getKeyID();
	}

	/**
	 * Signs the payload as a compact JWS whose protected header names the sender, the message and its content type.
	 */
	public String sign(byte[] payload, String contentType, Map<String, Object> claims) {
		try {
			JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId())
					.type(JOSEObjectType.JOSE).contentType(contentType);
			claims.forEach(header::customParam);
			JWSObject jws = new JWSObject(header.build(), new Payload(payload));
			jws.sign(new ECDSASigner(key()));
			return jws.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("signing failed", e);
		}
	}

	private ECKey key() {
		ECKey current = key;
		if (current == null) {
			synchronized (this) {
				if (key == null) {
					key = load();
				}
				current = key;
			}
		}
		return current;
	}

	private ECKey load() {
		try {
			if (StringUtils.hasText(settings.signingKey())) {
				ECKey configured = ECKey.parse(Files.readString(Path.of(settings.signingKey())));
				return configured.getKeyID() != null ? configured
						: new ECKey.Builder(configured).keyIDFromThumbprint().build();
			}
			var stored = jdbc.sql("SELECT jwk FROM reporting_node_key ORDER BY created_at LIMIT 1").query(String.class)
					.optional();
			if (stored.isPresent()) {
				return ECKey.parse(stored.get());
			}
			ECKey generated = new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
			jdbc.sql("INSERT INTO reporting_node_key (kid, jwk) VALUES (?, ?) ON CONFLICT DO NOTHING")
					.params(generated.getKeyID(), generated.toJSONString()).update();
			// another instance may have won the race: everyone signs with the first key stored
			return ECKey.parse(jdbc.sql("SELECT jwk FROM reporting_node_key ORDER BY created_at LIMIT 1")
					.query(String.class).single());
		}
		catch (IOException | ParseException | JOSEException e) {
			throw new IllegalStateException("the node's signing key cannot be read", e);
		}
	}
}

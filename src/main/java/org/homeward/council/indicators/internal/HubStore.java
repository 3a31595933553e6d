package org.homeward.council.indicators.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.council.indicators.Node;
import org.homeward.council.indicators.Received;
import org.homeward.reporting.SdmxDataset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of nodes and the submissions with their observations, in PostgreSQL. */
@Repository
public class HubStore {

	private final JdbcClient jdbc;

	HubStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Node> nodes() {
		return jdbc.sql("SELECT * FROM council_node ORDER BY country_code, node_id").query(HubStore::node).list();
	}

	public Optional<Node> node(UUID id) {
		return jdbc.sql("SELECT * FROM council_node WHERE id = ?").param(id).query(HubStore::node).optional();
	}

	public Optional<Node> byNodeId(String nodeId) {
		return jdbc.sql("SELECT * FROM council_node WHERE node_id = ?").param(nodeId).query(HubStore::node).optional();
	}

	public Optional<Node> activeOf(String countryCode) {
		return jdbc.sql("SELECT * FROM council_node WHERE country_code = ? AND active").param(countryCode)
				.query(HubStore::node).optional();
	}

	public void insertNode(UUID id, String nodeId, String country, String keyId, String jwk, String by) {
		jdbc.sql("""
				INSERT INTO council_node (id, node_id, country_code, key_id, public_jwk, registered_by)
				VALUES (?, ?, ?, ?, ?, ?)""").params(id, nodeId, country, keyId, jwk, by).update();
	}

	public void updateNode(UUID id, String country, String keyId, String jwk, boolean active, String by) {
		jdbc.sql("""
				UPDATE council_node SET country_code = ?, key_id = ?, public_jwk = ?, active = ?, version = version + 1,
				  registered_at = now(), registered_by = ? WHERE id = ?""")
				.params(country, keyId, jwk, active, by, id).update();
	}

	public boolean messageSeen(String messageId) {
		return jdbc.sql("SELECT count(*) FROM council_submission WHERE message_id = ?").param(messageId)
				.query(Integer.class).single() > 0;
	}

	/** Stores a revision of a quarter: the next number after those of the same state and quarter. */
	public Received insert(Node node, SdmxDataset dataset, String contentType, String jws) {
		// one revision at a time per state and quarter, whatever the number of instances
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(dataset.country() + dataset.quarter())
				.query(rs -> {
				});
		int revision = jdbc.sql("SELECT coalesce(max(revision), 0) + 1 FROM council_submission WHERE country_code = ? "
				+ "AND quarter = ?").params(dataset.country(), dataset.quarter().toString()).query(Integer.class)
				.single();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO council_submission (id, node_id, country_code, quarter, revision, message_id, content_type,
				  prepared_at, illustrative, observations, jws) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, node.id(), dataset.country(), dataset.quarter().toString(), revision, dataset.messageId(),
						contentType, Timestamp.from(dataset.prepared()), dataset.test(), dataset.observations().size(),
						jws)
				.update();
		for (SdmxDataset.Observation o : dataset.observations()) {
			jdbc.sql("""
					INSERT INTO council_observation (submission_id, indicator, category, region, sex, age, value, status)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
					.params(id, o.indicator(), o.category(), o.region(), o.sex(), o.age(), o.value(), o.status())
					.update();
		}
		return received(id).orElseThrow();
	}

	public Optional<Received> received(UUID id) {
		return jdbc.sql(RECEIVED + " WHERE s.id = ?").param(id).query(HubStore::received).optional();
	}

	private static final String RECEIVED = """
			SELECT s.*, n.node_id AS sender FROM council_submission s JOIN council_node n ON n.id = s.node_id""";

	/** Every revision received, newest first. */
	public List<Received> submissions(String countryCode, String quarter) {
		return jdbc.sql(RECEIVED + " WHERE (CAST(? AS text) IS NULL OR s.country_code = ?) "
				+ "AND (CAST(? AS text) IS NULL OR s.quarter = ?) ORDER BY s.quarter DESC, s.country_code, s.revision DESC")
				.params(countryCode, countryCode, quarter, quarter).query(HubStore::received).list();
	}

	/** One observation of the latest revision of a state's quarter. */
	public record Latest(String countryCode, String quarter, int revision, boolean illustrative, Double value,
			String status) {
	}

	/** The given cell of a series in the latest revision of every state's every quarter. */
	public List<Latest> latest(String indicator, String category, String region, String sex, String age) {
		List<Latest> result = new ArrayList<>();
		jdbc.sql("""
				SELECT l.country_code, l.quarter, l.revision, l.illustrative, o.value, o.status
				FROM (SELECT DISTINCT ON (country_code, quarter) id, country_code, quarter, revision, illustrative
				      FROM council_submission ORDER BY country_code, quarter, revision DESC) l
				JOIN council_observation o ON o.submission_id = l.id
				WHERE o.indicator = ? AND o.category = ? AND o.region = ? AND o.sex = ? AND o.age = ?""")
				.params(indicator, category, region, sex, age).query(rs -> {
					double value = rs.getDouble("value");
					result.add(new Latest(rs.getString("country_code"), rs.getString("quarter"), rs.getInt("revision"),
							rs.getBoolean("illustrative"), rs.wasNull() ? null : value, rs.getString("status")));
				});
		return result;
	}

	private static Node node(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Node(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("node_id"),
				rs.getString("country_code"), rs.getString("key_id"), rs.getString("public_jwk"),
				rs.getBoolean("active"), rs.getTimestamp("registered_at").toInstant(), rs.getString("registered_by"));
	}

	private static Received received(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Received(rs.getObject("id", UUID.class), rs.getString("sender"), rs.getString("country_code"),
				rs.getString("quarter"), rs.getInt("revision"), rs.getString("message_id"),
				rs.getTimestamp("prepared_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
				rs.getBoolean("illustrative"), rs.getInt("observations"));
	}

	static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}

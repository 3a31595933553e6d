package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.homeward.audit.checkpoint.AuditCheckpoints;
import org.homeward.audit.checkpoint.Checkpoint;
import org.homeward.audit.checkpoint.CheckpointVerification;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The audit trail anchored outside the database: signed checkpoints of its newest entry, written to a file, and a
 * verification that detects what the hash chain alone cannot, the removal of the newest entries.
 */
@HomewardTest
class AuditCheckpointTest {

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	AuditTrail trail;

	@Autowired
	@Qualifier("migrationDataSource")
	DataSource owner;

	@Test
	void aCheckpointIsSignedAndWrittenOutsideTheDatabaseAndTheIntactTrailHoldsIt() throws Exception {
		trail.record(new Actor("checkpoint-test", "", null), AuditAction.VIEW, "TEST", UUID.randomUUID(), null);
		Checkpoint written = checkpoints.write().orElseThrow();
		assertThat(written.entryId()).isEqualTo(trail.latestSealed().orElseThrow().id());
		assertThat(Files.readAllLines(checkpoints.file())).last().asString()
				.contains("\"entryId\":" + written.entryId()).contains("\"signature\":\"");
		assertThat(checkpoints.verify().intact()).isTrue();
		assertThat(checkpoints.write()).as("nothing new since: no new checkpoint").isEmpty();
	}

	@Test
	void removingTheNewestEntriesPassesTheChainButNotTheCheckpoints() throws Exception {
		trail.record(new Actor("checkpoint-test", "", null), AuditAction.VIEW, "TEST", UUID.randomUUID(), null);
		Checkpoint anchored = checkpoints.write().orElseThrow();
		// a superuser removes the newest entries, in a transaction this test then rolls back
		try (Connection connection = owner.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
				statement.execute("DELETE FROM audit_entry WHERE id >= " + (anchored.entryId() - 2));
			}
			AuditChain.Verification chain = AuditChain.verify(entries(connection));
			assertThat(chain.intact()).as("the chain alone cannot tell its tail is gone").isTrue();

			CheckpointVerification.Outcome outcome = checkpoints.verify(id -> hash(connection, id));
			assertThat(outcome.intact()).isFalse();
			assertThat(outcome.problem()).isEqualTo(CheckpointVerification.Problem.ENTRY_MISSING);
			connection.rollback();
		}
		assertThat(checkpoints.verify().intact()).isTrue();
	}

	@Test
	void aForgedCheckpointIsNoticed() {
		Checkpoint real = checkpoints.checkpoints().isEmpty() ? checkpoints.write().orElseThrow()
				: checkpoints.checkpoints().get(checkpoints.checkpoints().size() - 1);
		Checkpoint forged = new Checkpoint(real.node(), real.entryId(), "0".repeat(64), real.time(), real.signature());
		var outcome = CheckpointVerification.verify(List.of(forged), trail::sealedHash, verifierOf());
		assertThat(outcome.problem()).isEqualTo(CheckpointVerification.Problem.SIGNATURE_INVALID);
	}

	private com.google.crypto.tink.PublicKeyVerify verifierOf() {
		try {
			var publicKeyset = com.google.crypto.tink.TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(Files.readString(
					checkpoints.file().resolveSibling(checkpoints.file().getFileName() + ".public-key.json")));
			return publicKeyset.getPrimitive(com.google.crypto.tink.RegistryConfiguration.get(),
					com.google.crypto.tink.PublicKeyVerify.class);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static Optional<String> hash(Connection connection, long id) {
		try (PreparedStatement statement = connection.prepareStatement("SELECT hash FROM audit_entry WHERE id = ?")) {
			statement.setLong(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
			}
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<AuditEntry> entries(Connection connection) throws Exception {
		List<AuditEntry> entries = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM audit_entry ORDER BY id")) {
			while (rs.next()) {
				entries.add(new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
						rs.getString("actor"), rs.getString("actor_roles"), rs.getObject("organization_id", UUID.class),
						AuditAction.valueOf(rs.getString("action")), rs.getString("record_type"),
						rs.getString("record_id"), rs.getString("client_address"), rs.getString("detail"),
						rs.getString("previous_hash"), rs.getString("hash")));
			}
		}
		return entries;
	}
}

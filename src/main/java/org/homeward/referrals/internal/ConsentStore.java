package org.homeward.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.organizations.OrganizationType;
import org.homeward.referrals.Consent;
import org.homeward.referrals.Purpose;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.homeward.shared.encryption.Encryption;
import org.homeward.shared.encryption.Resealable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consents in PostgreSQL, with their evidence. The evidence file and the child's own words are stored encrypted
 * ({@link Encryption}); those recorded before encryption at rest are encrypted in the background.
 */
@Repository
public class ConsentStore implements Resealable {

	private static final String SEALED = " sealed_key IS DISTINCT FROM :primary AND (evidence IS NOT NULL"
			+ " OR evidence_sealed IS NOT NULL OR child_view IS NOT NULL OR child_view_sealed IS NOT NULL)";

	private final JdbcClient jdbc;
	private final Encryption encryption;

	ConsentStore(JdbcClient jdbc, Encryption encryption) {
		this.jdbc = jdbc;
		this.encryption = encryption;
	}

	static String evidenceContext(UUID id) {
		return "consent.evidence:" + id;
	}

	static String childViewContext(UUID id) {
		return "consent.child_view:" + id;
	}

	public UUID insert(UUID personId, Consent.GivenBy givenBy, String guardianName, String childView,
			Set<OrganizationType> types, Set<Purpose> purposes, LocalDate givenOn, LocalDate validUntil,
			String evidenceName, String evidenceType, byte[] evidence, String actor) {
		UUID id = UUID.randomUUID();
		Encryption.Sealed sealedView = childView == null ? null : encryption.sealText(childView, childViewContext(id));
		Encryption.Sealed sealedEvidence = evidence == null ? null : encryption.seal(evidence, evidenceContext(id));
		jdbc.sql("""
				INSERT INTO consent (id, person_id, given_by, guardian_name, child_view_sealed, organization_types,
				  purposes, given_on, valid_until, evidence_name, evidence_type, evidence_sealed, sealed_key, recorded_by,
				  updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, personId, givenBy.name(), guardianName, sealedView == null ? null : sealedView.bytes(),
						types.stream().map(Enum::name).sorted().toArray(String[]::new),
						purposes.stream().map(Enum::name).sorted().toArray(String[]::new), givenOn, validUntil,
						evidenceName, evidenceType, sealedEvidence == null ? null : sealedEvidence.bytes(),
						encryption.primaryKeyId(), actor, actor)
				.update();
		return id;
	}

	/** How many consents of the people of a case manager's open cases lapse within the next days (and not yet). */
	public long lapsingFor(UUID caseManagerId, int days) {
		return jdbc.sql("""
				SELECT count(*) FROM consent k WHERE k.withdrawn_on IS NULL
				  AND k.valid_until BETWEEN current_date AND current_date + :days
				  AND EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = k.person_id AND c.case_manager_id = :me
				    AND c.stage NOT IN ('CLOSED', 'TRANSFERRED'))""")
				.param("me", caseManagerId).param("days", days).query(Long.class).single();
	}

	public Optional<Consent> find(UUID id) {
		return jdbc.sql("SELECT * FROM consent WHERE id = ?").param(id).query(this::consent).optional();
	}

	public List<Consent> ofPerson(UUID personId) {
		return jdbc.sql("SELECT * FROM consent WHERE person_id = ? ORDER BY given_on DESC, recorded_at DESC")
				.param(personId).query(this::consent).list();
	}

	public void withdraw(UUID id, int version, LocalDate on, String reason, String actor) {
		int updated = jdbc.sql("""
				UPDATE consent SET withdrawn_on = ?, withdrawn_reason = ?, version = version + 1, updated_at = now(),
				  updated_by = ?
				WHERE id = ? AND version = ? AND withdrawn_on IS NULL""").params(on, reason, actor, id, version).update();
		if (updated == 0) {
			int current = find(id).orElseThrow(() -> new RecordNotFound("CONSENT")).version();
			throw new StaleVersion("CONSENT", version, current);
		}
	}

	/** The evidence file of a consent: name, type and bytes. */
	public record Evidence(String name, String type, byte[] content) {
	}

	public Optional<Evidence> evidence(UUID id) {
		return jdbc.sql("""
				SELECT evidence_name, evidence_type, evidence, evidence_sealed FROM consent
				WHERE id = ? AND (evidence IS NOT NULL OR evidence_sealed IS NOT NULL)""")
				.param(id).query((rs, n) -> {
					byte[] sealed = rs.getBytes("evidence_sealed");
					return new Evidence(rs.getString(1), rs.getString(2),
							sealed == null ? rs.getBytes("evidence") : encryption.open(sealed, evidenceContext(id)));
				}).optional();
	}

	@Override
	public String name() {
		return "consent evidence and children's views";
	}

	@Override
	public long remaining(Encryption encryption) {
		return jdbc.sql("SELECT count(*) FROM consent WHERE" + SEALED).param("primary", encryption.primaryKeyId())
				.query(Long.class).single();
	}

	@Override
	public int resealBatch(Encryption encryption, int limit) {
		record Row(UUID id, byte[] evidence, byte[] evidenceSealed, String childView, byte[] childViewSealed) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT id, evidence, evidence_sealed, child_view, child_view_sealed FROM consent WHERE""" + SEALED
				+ " LIMIT :limit FOR UPDATE SKIP LOCKED")
				.param("primary", encryption.primaryKeyId()).param("limit", limit)
				.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getBytes("evidence"),
						rs.getBytes("evidence_sealed"), rs.getString("child_view"), rs.getBytes("child_view_sealed")))
				.list();
		for (Row row : rows) {
			byte[] evidence = row.evidenceSealed() != null ? encryption.open(row.evidenceSealed(), evidenceContext(row.id()))
					: row.evidence();
			String view = row.childViewSealed() != null
					? encryption.openText(row.childViewSealed(), childViewContext(row.id())) : row.childView();
			// not a change of the consent: its version stays
			jdbc.sql("""
					UPDATE consent SET evidence = NULL, evidence_sealed = ?, child_view = NULL, child_view_sealed = ?,
					  sealed_key = ?
					WHERE id = ?""")
					.params(evidence == null ? null : encryption.seal(evidence, evidenceContext(row.id())).bytes(),
							view == null ? null : encryption.sealText(view, childViewContext(row.id())).bytes(),
							encryption.primaryKeyId(), row.id())
					.update();
		}
		return rows.size();
	}

	private String childView(ResultSet rs) throws SQLException {
		byte[] sealed = rs.getBytes("child_view_sealed");
		return sealed == null ? rs.getString("child_view")
				: encryption.openText(sealed, childViewContext(rs.getObject("id", UUID.class)));
	}

	private Consent consent(ResultSet rs, int n) throws SQLException {
		Set<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
		for (String type : (String[]) rs.getArray("organization_types").getArray()) {
			types.add(OrganizationType.valueOf(type));
		}
		Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
		for (String purpose : (String[]) rs.getArray("purposes").getArray()) {
			purposes.add(Purpose.valueOf(purpose));
		}
		return new Consent(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getObject("person_id", UUID.class),
				Consent.GivenBy.valueOf(rs.getString("given_by")), rs.getString("guardian_name"),
				childView(rs), types, purposes, rs.getObject("given_on", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
				rs.getString("withdrawn_reason"),
				rs.getString("evidence_name"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}
}

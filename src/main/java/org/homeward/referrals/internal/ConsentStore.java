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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consents in PostgreSQL, with their evidence. */
@Repository
public class ConsentStore {

	private final JdbcClient jdbc;

	ConsentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(UUID personId, Consent.GivenBy givenBy, String guardianName, String childView,
			Set<OrganizationType> types, Set<Purpose> purposes, LocalDate givenOn, LocalDate validUntil,
			String evidenceName, String evidenceType, byte[] evidence, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO consent (id, person_id, given_by, guardian_name, child_view, organization_types, purposes,
				  given_on, valid_until, evidence_name, evidence_type, evidence, recorded_by, updated_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, personId, givenBy.name(), guardianName, childView,
						types.stream().map(Enum::name).sorted().toArray(String[]::new),
						purposes.stream().map(Enum::name).sorted().toArray(String[]::new), givenOn, validUntil,
						evidenceName, evidenceType, evidence, actor, actor)
				.update();
		return id;
	}

	public Optional<Consent> find(UUID id) {
		return jdbc.sql("SELECT * FROM consent WHERE id = ?").param(id).query(ConsentStore::consent).optional();
	}

	public List<Consent> ofPerson(UUID personId) {
		return jdbc.sql("SELECT * FROM consent WHERE person_id = ? ORDER BY given_on DESC, recorded_at DESC")
				.param(personId).query(ConsentStore::consent).list();
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
		return jdbc.sql("SELECT evidence_name, evidence_type, evidence FROM consent WHERE id = ? AND evidence IS NOT NULL")
				.param(id).query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	private static Consent consent(ResultSet rs, int n) throws SQLException {
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
				rs.getString("child_view"), types, purposes, rs.getObject("given_on", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class), rs.getString("withdrawn_reason"),
				rs.getString("evidence_name"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
	}
}

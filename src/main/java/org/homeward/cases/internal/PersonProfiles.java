package org.homeward.cases.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.CaseView;
import org.homeward.registry.PersonNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person at the heart of a case, read for the case's readers. The registry's own services answer to registry
 * scope (coordinators and case managers); a case is read by more roles, each through the case's grant, so the case
 * reads the person's profile itself, and never more than the grant allows.
 */
@Repository
public class PersonProfiles {

	private final JdbcClient jdbc;

	PersonProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a person lives and when they were born: what opening a case needs. */
	public record Placement(UUID personId, UUID regionId, LocalDate birthDate) {

		public boolean childOn(LocalDate day) {
			return Period.between(birthDate, day).getYears() < 18;
		}
	}

	public Optional<Placement> placement(UUID personId) {
		return jdbc.sql("SELECT id, region_id, birth_date FROM person WHERE id = ?").param(personId)
				.query((rs, n) -> new Placement(rs.getObject("id", UUID.class), rs.getObject("region_id", UUID.class),
						rs.getObject("birth_date", LocalDate.class)))
				.optional();
	}

	/** The person's whole profile as stored; what a reader sees of it is {@code CaseProjection}'s to decide. */
	public CaseView.Profile profile(UUID personId) {
		return jdbc.sql("""
				SELECT p.*, o.name AS operation_name FROM person p
				LEFT JOIN repatriation_operation o ON o.id = p.operation_id WHERE p.id = ?""").param(personId)
				.query((rs, n) -> {
					LocalDate birth = rs.getObject("birth_date", LocalDate.class);
					String latin = PersonNames.join(rs.getString("surname_latin"), rs.getString("given_name_latin"),
							rs.getString("patronymic_latin"));
					String cyrillic = PersonNames.join(rs.getString("surname_cyrillic"),
							rs.getString("given_name_cyrillic"), rs.getString("patronymic_cyrillic"));
					int age = Period.between(birth, LocalDate.now()).getYears();
					return new CaseView.Profile(personId, latin.isEmpty() ? cyrillic : latin,
							latin.isEmpty() || cyrillic.isEmpty() ? null : cyrillic, age, rs.getString("locality"), rs.getString("sex"), birth,
							rs.getString("citizenship_status"), rs.getObject("arrival_date", LocalDate.class),
							rs.getString("operation_name"));
				})
				.single();
	}
}

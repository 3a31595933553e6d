package org.homeward.registry.internal;

import static org.homeward.shared.Text.blankToNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.registry.Household;
import org.homeward.registry.HouseholdDetails;
import org.homeward.registry.HouseholdMember;
import org.homeward.registry.RegistryScope;
import org.homeward.registry.PersonNames;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.shared.PageOf;
import org.homeward.shared.RecordNotFound;
import org.homeward.shared.StaleVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households and their members in PostgreSQL. */
@Repository
public class HouseholdStore {

	static final String RECORD_TYPE = "HOUSEHOLD";

	private final JdbcClient jdbc;

	HouseholdStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(HouseholdDetails h, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO household (id, label, region_id, locality, address, updated_by) VALUES (?, ?, ?, ?, ?, ?)")
				.params(id, h.label().strip(), h.regionId(), blankToNull(h.locality()), blankToNull(h.address()), actor)
				.update();
		return id;
	}

	public void update(UUID id, int version, HouseholdDetails h, String actor) {
		int updated = jdbc.sql("""
				UPDATE household SET label = ?, region_id = ?, locality = ?, address = ?, version = version + 1,
				  updated_at = now(), updated_by = ?
				WHERE id = ? AND version = ?""")
				.params(h.label().strip(), h.regionId(), blankToNull(h.locality()), blankToNull(h.address()), actor, id,
						version)
				.update();
		if (updated == 0) {
			throw new StaleVersion(RECORD_TYPE, version, currentVersion(id));
		}
	}

	public void touch(UUID id, String actor) {
		jdbc.sql("UPDATE household SET version = version + 1, updated_at = now(), updated_by = ? WHERE id = ?")
				.params(actor, id).update();
	}

	private int currentVersion(UUID id) {
		return jdbc.sql("SELECT version FROM household WHERE id = ?").param(id).query(Integer.class).optional()
				.orElseThrow(() -> new RecordNotFound(RECORD_TYPE));
	}

	public Optional<Household> find(UUID id) {
		return jdbc.sql("SELECT * FROM household WHERE id = ?").param(id)
				.query((rs, n) -> household(rs, members(id))).optional();
	}

	public PageOf<Household> list(RegistryScope scope, PageOf.Request page) {
		String where = scope.national() ? "" : " WHERE region_id = :region";
		Map<String, Object> params = new HashMap<>();
		if (!scope.national()) {
			params.put("region", scope.regionId());
		}
		long total = jdbc.sql("SELECT count(*) FROM household" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Household> items = jdbc.sql("SELECT * FROM household" + where + " ORDER BY label, id LIMIT :limit OFFSET :offset")
				.params(params).query((rs, n) -> household(rs, List.of())).list();
		List<Household> withMembers = items.stream()
				.map(h -> new Household(h.id(), h.version(), h.details(), members(h.id()), h.updatedAt(), h.updatedBy()))
				.toList();
		return new PageOf<>(withMembers, page.page(), page.size(), total);
	}

	/** Adds the person; returns false when they were a member already. */
	public boolean addMember(UUID householdId, UUID personId, Relationship relationship) {
		try {
			return jdbc.sql("INSERT INTO household_member (household_id, person_id, relationship) VALUES (?, ?, ?)")
					.params(householdId, personId, relationship.name()).update() == 1;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	public boolean removeMember(UUID householdId, UUID personId) {
		return jdbc.sql("DELETE FROM household_member WHERE household_id = ? AND person_id = ?")
				.params(householdId, personId).update() == 1;
	}

	private List<HouseholdMember> members(UUID householdId) {
		return jdbc.sql("""
				SELECT p.id, p.surname_latin, p.given_name_latin, p.patronymic_latin, p.surname_cyrillic,
				  p.given_name_cyrillic, p.patronymic_cyrillic, p.sex, p.birth_date, m.relationship
				FROM household_member m JOIN person p ON p.id = m.person_id
				WHERE m.household_id = ? ORDER BY p.birth_date""").param(householdId)
				.query((rs, n) -> new HouseholdMember(rs.getObject("id", UUID.class), name(rs),
						Sex.valueOf(rs.getString("sex")), rs.getObject("birth_date", LocalDate.class),
						Relationship.valueOf(rs.getString("relationship"))))
				.list();
	}

	private static String name(ResultSet rs) throws SQLException {
		String latin = PersonNames.join(rs.getString("surname_latin"), rs.getString("given_name_latin"),
				rs.getString("patronymic_latin"));
		return latin.isEmpty()
				? PersonNames.join(rs.getString("surname_cyrillic"), rs.getString("given_name_cyrillic"),
						rs.getString("patronymic_cyrillic"))
				: latin;
	}


	private static Household household(ResultSet rs, List<HouseholdMember> members) throws SQLException {
		return new Household(rs.getObject("id", UUID.class), rs.getInt("version"),
				new HouseholdDetails(rs.getString("label"), rs.getObject("region_id", UUID.class),
						rs.getString("locality"), rs.getString("address")),
				members, rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
	}

}

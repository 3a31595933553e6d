package org.homeward.organizations.internal;

import static org.homeward.shared.Text.blankToNull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.organizations.Country;
import org.homeward.organizations.NewOrganization;
import org.homeward.organizations.Organization;
import org.homeward.organizations.OrganizationType;
import org.homeward.organizations.Region;
import org.homeward.organizations.Sector;
import org.homeward.shared.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Countries, regions and organisations in PostgreSQL. */
@Repository
public class OrganizationStore {

	private static final RowMapper<Region> REGION = (rs, n) -> new Region(rs.getObject("id", UUID.class),
			rs.getString("country_code"), rs.getString("kind"), rs.getString("name_en"), rs.getString("name_ru"),
			rs.getString("name_local"), rs.getString("code"));

	private static final RowMapper<Organization> ORGANIZATION = (rs, n) -> new Organization(
			rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("abbreviation"), rs.getString("name_en"),
			rs.getString("name_ru"), rs.getString("name_uz"), OrganizationType.valueOf(rs.getString("type")),
			rs.getString("sector") == null ? null : Sector.valueOf(rs.getString("sector")),
			rs.getString("country_code"), rs.getObject("region_id", UUID.class), rs.getBoolean("active"));

	private final JdbcClient jdbc;

	OrganizationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Country> countries() {
		return jdbc.sql("SELECT code, name_en, name_ru, name_uz, member_state FROM country ORDER BY member_state DESC, name_en")
				.query((rs, n) -> new Country(rs.getString("code"), rs.getString("name_en"), rs.getString("name_ru"),
						rs.getString("name_uz"), rs.getBoolean("member_state")))
				.list();
	}

	public List<Region> regions(String countryCode) {
		return jdbc.sql("SELECT * FROM region WHERE country_code = ? ORDER BY kind = 'city', name_en")
				.param(countryCode).query(REGION).list();
	}

	public Optional<Region> region(UUID id) {
		return jdbc.sql("SELECT * FROM region WHERE id = ?").param(id).query(REGION).optional();
	}

	public List<Organization> organizations() {
		return jdbc.sql("SELECT * FROM organization ORDER BY name_en").query(ORGANIZATION).list();
	}

	public Optional<Organization> organization(UUID id) {
		return jdbc.sql("SELECT * FROM organization WHERE id = ?").param(id).query(ORGANIZATION).optional();
	}

	public Optional<Organization> organizationNamed(String nameEn) {
		return jdbc.sql("SELECT * FROM organization WHERE name_en = ?").param(nameEn).query(ORGANIZATION).optional();
	}

	public Organization insert(NewOrganization o) {
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO organization (id, abbreviation, name_en, name_ru, name_uz, type, sector, country_code, region_id)
					VALUES (:id, :abbreviation, :nameEn, :nameRu, :nameUz, :type, :sector, :country, :region)""")
					.param("id", id)
					.param("abbreviation", blankToNull(o.abbreviation()))
					.param("nameEn", o.nameEn().strip())
					.param("nameRu", o.nameRu().strip())
					.param("nameUz", o.nameUz().strip())
					.param("type", o.type().name())
					.param("sector", o.sector() == null ? null : o.sector().name())
					.param("country", blankToNull(o.countryCode()))
					.param("region", o.regionId())
					.update();
		}
		catch (DuplicateKeyException e) {
			throw new Refused("organization.name.taken");
		}
		return organization(id).orElseThrow();
	}

	/**
	 * Adds a region unless the country already has one of that English name, and gives a region that has no code yet
	 * its code; returns whether the region was new.
	 */
	boolean insertRegionIfAbsent(String countryCode, String kind, String nameEn, String nameRu, String nameLocal,
			String code) {
		boolean added = jdbc.sql("""
				INSERT INTO region (id, country_code, kind, name_en, name_ru, name_local, code) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (country_code, name_en) DO NOTHING""")
				.params(UUID.randomUUID(), countryCode, kind, nameEn, nameRu, nameLocal, code)
				.update() == 1;
		jdbc.sql("UPDATE region SET code = ? WHERE country_code = ? AND name_en = ? AND code IS NULL")
				.params(code, countryCode, nameEn).update();
		return added;
	}

}

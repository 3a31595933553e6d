package org.homeward.referrals.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.homeward.cases.Section;
import org.homeward.referrals.Purpose;
import org.homeward.referrals.ServiceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services that can be asked for, and which organisations provide them. */
@Repository
public class ServiceCatalogue {

	private final JdbcClient jdbc;

	ServiceCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ServiceType> services() {
		return jdbc.sql("SELECT * FROM service_type ORDER BY section, code")
				.query((rs, n) -> new ServiceType(rs.getString("code"), Section.valueOf(rs.getString("section")),
						Purpose.valueOf(rs.getString("purpose")), rs.getString("name_en"), rs.getString("name_ru"),
						rs.getString("name_uz")))
				.list();
	}

	public Optional<ServiceType> service(String code) {
		return services().stream().filter(s -> s.code().equals(code)).findFirst();
	}

	public List<UUID> providersOf(String serviceCode) {
		return jdbc.sql("SELECT organization_id FROM service_provider WHERE service_code = ?").param(serviceCode)
				.query(UUID.class).list();
	}

	public boolean provides(UUID organizationId, String serviceCode) {
		return jdbc.sql("SELECT count(*) FROM service_provider WHERE organization_id = ? AND service_code = ?")
				.params(organizationId, serviceCode).query(Long.class).single() > 0;
	}

	public void addProvider(UUID organizationId, String serviceCode) {
		jdbc.sql("INSERT INTO service_provider (organization_id, service_code) VALUES (?, ?) ON CONFLICT DO NOTHING")
				.params(organizationId, serviceCode).update();
	}
}

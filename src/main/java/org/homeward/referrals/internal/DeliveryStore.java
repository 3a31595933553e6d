package org.homeward.referrals.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.cases.Section;
import org.homeward.referrals.ServiceDelivery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Services delivered, in PostgreSQL. */
@Repository
public class DeliveryStore {

	private final JdbcClient jdbc;

	DeliveryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(UUID caseId, UUID referralId, Section section, String serviceCode, String activity,
			UUID providerId, LocalDate deliveredOn, ServiceDelivery.Outcome outcome, String notes, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO service_delivery (id, case_id, referral_id, section, service_code, activity, provider_id,
				  delivered_on, outcome, notes, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, caseId, referralId, section.name(), serviceCode, activity, providerId, deliveredOn,
						outcome.name(), notes, actor)
				.update();
		return id;
	}

	/** The deliveries in a section of a case, newest first. */
	public List<ServiceDelivery> inSection(UUID caseId, Section section) {
		return jdbc.sql("SELECT * FROM service_delivery WHERE case_id = ? AND section = ? ORDER BY delivered_on DESC, recorded_at DESC")
				.params(caseId, section.name()).query((rs, n) -> new ServiceDelivery(rs.getObject("id", UUID.class),
						rs.getObject("case_id", UUID.class), rs.getObject("referral_id", UUID.class),
						Section.valueOf(rs.getString("section")), rs.getString("service_code"), rs.getString("activity"),
						rs.getObject("provider_id", UUID.class), rs.getObject("delivered_on", LocalDate.class),
						ServiceDelivery.Outcome.valueOf(rs.getString("outcome")), rs.getString("notes"),
						rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
				.list();
	}
}

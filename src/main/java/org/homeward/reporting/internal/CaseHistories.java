package org.homeward.reporting.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.homeward.cases.CaseStage;
import org.homeward.reporting.CaseHistory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the indicators need of every case, straight from the case, registry, assessment and referral tables
 * (the "scheduled refresh from SQL" of issue 10): set-based queries, run in the background by the refresh and never
 * on a page's request. Nothing read here names a person, and nothing of it is kept beyond the computation.
 */
@Component
public class CaseHistories {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final RegionCodes regions;
	private final ZoneId zone;
	private final int chunkSize;

	CaseHistories(JdbcClient jdbc, RegionCodes regions,
			@Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone,
			@Value("${homeward.reporting.chunk:2000}") int chunkSize) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.zone = zone;
		this.chunkSize = chunkSize;
	}

	/** The number of cases and the latest change to anything the indicators read, to tell whether to refresh. */
	public String fingerprint() {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM case_file) || '|' ||
				  coalesce((SELECT max(updated_at)::text FROM case_file), '') || '|' ||
				  coalesce((SELECT max(id)::text FROM case_stage_change), '') || '|' ||
				  coalesce((SELECT max(updated_at)::text FROM case_section), '') || '|' ||
				  coalesce((SELECT max(updated_at)::text FROM person), '') || '|' ||
				  (SELECT count(*) FROM identity_document) || '|' ||
				  coalesce((SELECT max(created_at)::text FROM assessment), '') || '|' ||
				  coalesce((SELECT max(id)::text FROM referral_change), '') || '|' ||
				  (SELECT count(*) FROM service_delivery)""").query(String.class).single();
	}

	/**
	 * Hands every case's history to {@code each}, reading the cases a chunk at a time in the order of their ids, so
	 * that no more than one chunk is held however many cases the node has; answers the number of cases read.
	 */
	public int forEach(Consumer<CaseHistory> each) {
		String country = regions.nodeCountry();
		Map<UUID, String> regionCodes = new HashMap<>();
		regions.nodeRegions().forEach((code, region) -> regionCodes.put(region.id(), code));
		int read = 0;
		UUID after = new UUID(0, 0); // the smallest in PostgreSQL's order of uuids
		while (true) {
			List<CaseRow> chunk = jdbc.sql("""
					SELECT c.id, c.region_id, c.opened_at, p.sex, p.birth_date, p.arrival_date
					FROM case_file c JOIN person p ON p.id = c.person_id
					WHERE c.id > :after ORDER BY c.id LIMIT :chunk""")
					.param("after", after).param("chunk", chunkSize)
					.query((rs, n) -> new CaseRow(rs.getObject("id", UUID.class),
							rs.getObject("region_id", UUID.class), day(rs.getTimestamp("opened_at")),
							rs.getString("sex"), rs.getObject("birth_date", LocalDate.class),
							rs.getObject("arrival_date", LocalDate.class)))
					.list();
			if (chunk.isEmpty()) {
				return read;
			}
			histories(chunk, country, regionCodes).forEach(each);
			read += chunk.size();
			after = chunk.get(chunk.size() - 1).id();
		}
	}

	private record CaseRow(UUID id, UUID regionId, LocalDate opened, String sex, LocalDate birthDate,
			LocalDate arrival) {
	}

	private List<CaseHistory> histories(List<CaseRow> cases, String country, Map<UUID, String> regionCodes) {
		UUID[] ids = cases.stream().map(CaseRow::id).toArray(UUID[]::new);
		Map<UUID, List<CaseHistory.StageChange>> stages = new HashMap<>();
		jdbc.sql("""
				SELECT case_id, changed_at, from_stage, to_stage FROM case_stage_change
				WHERE case_id = ANY(:ids) ORDER BY case_id, id""").param("ids", ids)
				.query(rs -> {
					stages.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
							.add(new CaseHistory.StageChange(day(rs.getTimestamp("changed_at")),
									stage(rs.getString("from_stage")), stage(rs.getString("to_stage"))));
				});
		Map<UUID, LocalDate> documents = new HashMap<>();
		jdbc.sql("""
				SELECT c.id, min(coalesce(d.issue_date, d.created_at::date)) AS since
				FROM case_file c JOIN identity_document d ON d.person_id = c.person_id
				WHERE c.id = ANY(:ids)
				  AND d.kind IN ('PASSPORT', 'NATIONAL_ID_CARD', 'BIRTH_CERTIFICATE')
				  AND (d.issuing_country IS NULL OR d.issuing_country = :country)
				  AND (d.expiry_date IS NULL OR d.expiry_date >= current_date)
				GROUP BY c.id""").param("ids", ids).param("country", country)
				.query(rs -> {
					documents.put(rs.getObject("id", UUID.class), rs.getObject("since", LocalDate.class));
				});
		Map<UUID, Map<String, Section>> sections = new HashMap<>();
		jdbc.sql("""
				SELECT case_id, section, fields::text AS fields, updated_at FROM case_section
				WHERE case_id = ANY(:ids) AND section IN ('EDUCATION', 'FAMILY', 'PSYCHOSOCIAL', 'LIVELIHOOD')""")
				.param("ids", ids)
				.query(rs -> {
					sections.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new HashMap<>())
							.put(rs.getString("section"), new Section(JSON.readTree(rs.getString("fields")),
									day(rs.getTimestamp("updated_at"))));
				});
		Map<UUID, List<CaseHistory.ProgressIndex>> progress = new HashMap<>();
		jdbc.sql("""
				SELECT case_id, assessed_on, dimension_scores::text AS scores, composite FROM assessment
				WHERE case_id = ANY(:ids) AND instrument_code = 'RPI'""").param("ids", ids)
				.query(rs -> {
					JsonNode scores = JSON.readTree(rs.getString("scores"));
					progress.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
							.add(new CaseHistory.ProgressIndex(rs.getObject("assessed_on", LocalDate.class),
									score(scores, "ECONOMIC"), score(scores, "SOCIAL"), score(scores, "PSYCHOSOCIAL"),
									rs.getObject("composite") == null ? null : rs.getDouble("composite")));
				});
		Map<UUID, List<CaseHistory.ReferralOutcome>> referrals = new HashMap<>();
		jdbc.sql("""
				SELECT r.case_id, rc.changed_at, rc.to_status FROM referral_change rc JOIN referral r ON r.id = rc.referral_id
				WHERE r.case_id = ANY(:ids) AND rc.to_status IN ('COMPLETED', 'NOT_COMPLETED', 'DECLINED')""")
				.param("ids", ids)
				.query(rs -> {
					referrals.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
							.add(new CaseHistory.ReferralOutcome(day(rs.getTimestamp("changed_at")),
									"COMPLETED".equals(rs.getString("to_status"))));
				});
		Map<UUID, List<CaseHistory.Delivery>> deliveries = new HashMap<>();
		jdbc.sql("SELECT case_id, delivered_on, service_code FROM service_delivery WHERE case_id = ANY(:ids)")
				.param("ids", ids).query(rs -> {
					deliveries.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
							.add(new CaseHistory.Delivery(rs.getObject("delivered_on", LocalDate.class),
									rs.getString("service_code")));
				});

		List<CaseHistory> histories = new ArrayList<>(cases.size());
		for (CaseRow c : cases) {
			Map<String, Section> s = sections.getOrDefault(c.id(), Map.of());
			Section education = s.get("EDUCATION");
			Section family = s.get("FAMILY");
			Section psychosocial = s.get("PSYCHOSOCIAL");
			Section livelihood = s.get("LIVELIHOOD");
			LocalDate enrolled = education != null && "YES".equals(education.text("enrolled"))
					? education.dateOr("enrolledOn") : null;
			LocalDate supported = psychosocial != null && "YES".equals(psychosocial.text("receivingSupport"))
					? psychosocial.updated() : null;
			histories.add(new CaseHistory(c.id(), "FEMALE".equals(c.sex()) ? "F" : "M", c.birthDate(),
					regionCodes.get(c.regionId()), c.arrival(), c.opened(), stages.getOrDefault(c.id(), List.of()),
					documents.get(c.id()), enrolled, family == null ? null : family.text("careArrangement"),
					family == null ? null : family.dateOr("familyPlacementDate"), supported,
					livelihood == null ? null : livelihood.text("employmentStatus"),
					livelihood == null ? null : livelihood.updated(), progress.getOrDefault(c.id(), List.of()),
					referrals.getOrDefault(c.id(), List.of()), deliveries.getOrDefault(c.id(), List.of())));
		}
		return histories;
	}

	/** A section's fields and the day it was last written. */
	private record Section(JsonNode fields, LocalDate updated) {

		String text(String field) {
			JsonNode value = fields.get(field);
			return value == null || value.isNull() ? null : value.asString();
		}

		/** The date in the field, or the day the section was written when the field is empty or not a date. */
		LocalDate dateOr(String field) {
			String text = text(field);
			if (text != null && !text.isBlank()) {
				try {
					return LocalDate.parse(text);
				}
				catch (DateTimeParseException e) {
					// fall through to the day the section was written
				}
			}
			return updated;
		}
	}

	private LocalDate day(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant().atZone(zone).toLocalDate();
	}

	private static CaseStage stage(String name) {
		return name == null ? null : CaseStage.valueOf(name);
	}

	private static Double score(JsonNode scores, String dimension) {
		JsonNode value = scores.get(dimension);
		return value == null || value.isNull() ? null : value.asDouble();
	}
}

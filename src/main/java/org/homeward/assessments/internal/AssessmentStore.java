package org.homeward.assessments.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.homeward.assessments.Assessment;
import org.homeward.assessments.Instrument;
import org.homeward.assessments.Priority;
import org.homeward.assessments.RecordAssessment;
import org.homeward.assessments.Scoring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recorded assessments in PostgreSQL, with their answers and scores as JSON. The scores are stored as computed when
 * the assessment was recorded, so that a later change of an instrument's weights never rewrites a past result.
 */
@Repository
public class AssessmentStore {

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, BigDecimal>> NUMBERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final InstrumentCatalogue instruments;

	AssessmentStore(JdbcClient jdbc, JsonMapper json, InstrumentCatalogue instruments) {
		this.jdbc = jdbc;
		this.json = json;
		this.instruments = instruments;
	}

	public UUID insert(UUID caseId, RecordAssessment command, Scoring.Scores scores, String actor) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO assessment (id, case_id, instrument_code, assessed_on, assessed_by, answers,
				  dimension_scores, composite, priorities)
				VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb)""")
				.params(id, caseId, command.instrumentCode(), command.assessedOn(), actor,
						json.writeValueAsString(command.answers()), json.writeValueAsString(scores.dimensions()),
						scores.composite(),
						scores.priorities().isEmpty() ? null : json.writeValueAsString(scores.priorities()))
				.update();
		return id;
	}

	public Optional<Assessment> find(UUID id) {
		return jdbc.sql("SELECT * FROM assessment WHERE id = ?").param(id).query((rs, n) -> assessment(rs)).optional();
	}

	/** The case's assessments, newest first; of one instrument, or of all when {@code instrumentCode} is none. */
	public List<Assessment> ofCase(UUID caseId, String instrumentCode) {
		return jdbc.sql("""
				SELECT * FROM assessment WHERE case_id = :case AND (CAST(:instrument AS text) IS NULL OR instrument_code = :instrument)
				ORDER BY assessed_on DESC, created_at DESC""")
				.param("case", caseId).param("instrument", instrumentCode)
				.query((rs, n) -> assessment(rs)).list();
	}

	private Assessment assessment(ResultSet rs) throws SQLException {
		String instrumentCode = rs.getString("instrument_code");
		Instrument instrument = instruments.find(instrumentCode).orElseThrow();
		String priorities = rs.getString("priorities");
		return new Assessment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), instrumentCode,
				rs.getObject("assessed_on", LocalDate.class), rs.getString("assessed_by"),
				inItemOrder(instrument, json.readValue(rs.getString("answers"), TEXTS)),
				inDimensionOrder(instrument, json.readValue(rs.getString("dimension_scores"), NUMBERS)),
				rs.getBigDecimal("composite"),
				inDimensionOrder(instrument, priorities == null ? Map.<String, String>of()
						: json.readValue(priorities, TEXTS), Priority::valueOf),
				rs.getTimestamp("created_at").toInstant());
	}

	/** JSONB keeps no order; lists and the API show results in the instrument's order. */
	private static <T> Map<String, T> inDimensionOrder(Instrument instrument, Map<String, T> byDimension) {
		return inDimensionOrder(instrument, byDimension, Function.identity());
	}

	private static <S, T> Map<String, T> inDimensionOrder(Instrument instrument, Map<String, S> byDimension,
			Function<S, T> convert) {
		Map<String, T> ordered = new LinkedHashMap<>();
		instrument.dimensions().forEach(d -> {
			if (byDimension.containsKey(d.code())) {
				ordered.put(d.code(), convert.apply(byDimension.get(d.code())));
			}
		});
		return ordered;
	}

	private static Map<String, String> inItemOrder(Instrument instrument, Map<String, String> answers) {
		Map<String, String> ordered = new LinkedHashMap<>();
		instrument.dimensions().forEach(d -> d.items().forEach(item -> {
			if (answers.containsKey(item.code())) {
				ordered.put(item.code(), answers.get(item.code()));
			}
		}));
		return ordered;
	}
}

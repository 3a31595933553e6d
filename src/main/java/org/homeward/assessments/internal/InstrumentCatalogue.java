package org.homeward.assessments.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.assessments.Instrument;
import org.homeward.assessments.Instrument.AnswerOption;
import org.homeward.assessments.Instrument.Dimension;
import org.homeward.assessments.Instrument.Item;
import org.homeward.assessments.Instrument.PriorityBand;
import org.homeward.assessments.Priority;
import org.homeward.assessments.ScoringKind;
import org.homeward.assessments.Wording;
import org.homeward.cases.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The instruments as the migrations define them. They change only with a migration, that is with a restart, so they
 * are read once and kept.
 */
@Repository
public class InstrumentCatalogue {

	private final JdbcClient jdbc;
	private volatile List<Instrument> instruments;

	InstrumentCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every instrument, in the order a page lists them. */
	public List<Instrument> all() {
		List<Instrument> loaded = instruments;
		if (loaded == null) {
			loaded = load();
			instruments = loaded;
		}
		return loaded;
	}

	public Optional<Instrument> find(String code) {
		return all().stream().filter(i -> i.code().equals(code)).findFirst();
	}

	private List<Instrument> load() {
		Map<String, List<AnswerOption>> options = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM assessment_option ORDER BY instrument_code, item_code, position").query((ResultSet rs) -> {
			options.computeIfAbsent(key(rs.getString("instrument_code"), rs.getString("item_code")), k -> new ArrayList<>())
					.add(new AnswerOption(rs.getString("code"), rs.getBigDecimal("score"), wording(rs, "label")));
		});
		Map<String, List<Item>> items = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM assessment_item ORDER BY instrument_code, dimension_code, position").query((ResultSet rs) -> {
			String instrument = rs.getString("instrument_code");
			String code = rs.getString("code");
			items.computeIfAbsent(key(instrument, rs.getString("dimension_code")), k -> new ArrayList<>())
					.add(new Item(code, rs.getBigDecimal("weight"), rs.getBoolean("critical"), wording(rs, "question"),
							options.getOrDefault(key(instrument, code), List.of())));
		});
		Map<String, List<Dimension>> dimensions = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM assessment_dimension ORDER BY instrument_code, position").query((ResultSet rs) -> {
			String instrument = rs.getString("instrument_code");
			String code = rs.getString("code");
			dimensions.computeIfAbsent(instrument, k -> new ArrayList<>())
					.add(new Dimension(code, rs.getBigDecimal("weight"), wording(rs, "name"),
							items.getOrDefault(key(instrument, code), List.of()), Section.valueOf(rs.getString("domain"))));
		});
		Map<String, List<PriorityBand>> bands = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM assessment_priority_band ORDER BY instrument_code, position").query((ResultSet rs) -> {
			BigDecimal below = rs.getBigDecimal("below");
			bands.computeIfAbsent(rs.getString("instrument_code"), k -> new ArrayList<>())
					.add(new PriorityBand(Priority.valueOf(rs.getString("priority")), below));
		});
		return List.copyOf(jdbc.sql("SELECT * FROM assessment_instrument ORDER BY position")
				.query((rs, n) -> new Instrument(rs.getString("code"), wording(rs, "name"), wording(rs, "description"),
						rs.getBoolean("children_only"), ScoringKind.valueOf(rs.getString("scoring")),
						dimensions.getOrDefault(rs.getString("code"), List.of()),
						bands.getOrDefault(rs.getString("code"), List.of())))
				.list());
	}

	private static String key(String instrument, String code) {
		return instrument + "/" + code;
	}

	private static Wording wording(ResultSet rs, String column) throws SQLException {
		return new Wording(rs.getString(column + "_en"), rs.getString(column + "_ru"), rs.getString(column + "_uz"));
	}
}

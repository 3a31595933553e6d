package org.homeward.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.reporting.Cell;
import org.homeward.reporting.Figure;
import org.homeward.reporting.FrequencyTable;
import org.homeward.reporting.Indicator;
import org.homeward.reporting.Publication;
import org.homeward.reporting.Quarter;
import org.homeward.reporting.Series;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The summary tables: every cell of every series per quarter, exact and with its suppression. */
@Repository
public class FigureStore {

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.JdbcTemplate batch;

	FigureStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** The hash of every series of the quarter, to tell what changed. */
	public Map<Series, String> hashes(Quarter quarter) {
		Map<Series, String> hashes = new HashMap<>();
		jdbc.sql("SELECT indicator, category, input_hash FROM reporting_series WHERE quarter = ?")
				.param(quarter.toString()).query(rs -> {
					hashes.put(new Series(Indicator.valueOf(rs.getString("indicator")), rs.getString("category")),
							rs.getString("input_hash"));
				});
		return hashes;
	}

	public Optional<String> hash(Quarter quarter, Series series) {
		return jdbc.sql("SELECT input_hash FROM reporting_series WHERE quarter = ? AND indicator = ? AND category = ?")
				.params(quarter.toString(), series.indicator().name(), series.category()).query(String.class)
				.optional();
	}

	/** Replaces a series of a quarter with its new cells; the caller holds the transaction. */
	public void save(Quarter quarter, Publication publication, String hash, LocalDate asOf) {
		Series series = publication.series();
		jdbc.sql("DELETE FROM reporting_figure WHERE quarter = ? AND indicator = ? AND category = ?")
				.params(quarter.toString(), series.indicator().name(), series.category()).update();
		jdbc.sql("DELETE FROM reporting_series WHERE quarter = ? AND indicator = ? AND category = ?")
				.params(quarter.toString(), series.indicator().name(), series.category()).update();
		List<Object[]> rows = new ArrayList<>();
		for (var entry : publication.exact().entrySet()) {
			Cell cell = entry.getKey();
			Figure figure = entry.getValue();
			rows.add(new Object[] { quarter.toString(), series.indicator().name(), series.category(), cell.region(),
					cell.sex(), cell.age(), figure.numerator(), figure.denominator(), figure.value(),
					publication.isWithheld(cell) });
		}
		batch.batchUpdate("INSERT INTO reporting_figure (quarter, indicator, category, region, sex, age, numerator, "
				+ "denominator, value, withheld) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		jdbc.sql("""
				INSERT INTO reporting_series (quarter, indicator, category, input_hash, threshold, passed, narrowest, as_of)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(quarter.toString(), series.indicator().name(), series.category(), hash,
						publication.threshold(), publication.passed(),
						Double.isInfinite(publication.narrowest()) ? null : publication.narrowest(), asOf)
				.update();
	}

	/** A series of a quarter as stored, or none if it was never computed. */
	public Optional<Publication> publication(Quarter quarter, Series series) {
		Map<Cell, Figure> exact = new LinkedHashMap<>();
		java.util.Set<Cell> withheld = new java.util.HashSet<>();
		jdbc.sql("""
				SELECT region, sex, age, numerator, denominator, value, withheld FROM reporting_figure
				WHERE quarter = ? AND indicator = ? AND category = ?""")
				.params(quarter.toString(), series.indicator().name(), series.category()).query(rs -> {
					Cell cell = new Cell(rs.getString("region"), rs.getString("sex"), rs.getString("age"));
					double value = rs.getDouble("value");
					exact.put(cell, new Figure(rs.getInt("numerator"), rs.getInt("denominator"),
							rs.wasNull() ? null : value));
					if (rs.getBoolean("withheld")) {
						withheld.add(cell);
					}
				});
		return jdbc.sql("SELECT threshold, passed, narrowest FROM reporting_series WHERE quarter = ? AND indicator = ? "
				+ "AND category = ?").params(quarter.toString(), series.indicator().name(), series.category())
				.query((rs, n) -> {
					double narrowest = rs.getDouble("narrowest");
					return new Publication(series, rs.getInt("threshold"), exact, withheld, rs.getBoolean("passed"),
							rs.wasNull() ? Double.POSITIVE_INFINITY : narrowest);
				}).optional();
	}

	/** One stored cell. */
	public record Stored(Quarter quarter, Series series, Cell cell, Figure figure, boolean withheld) {
	}

	/** Every stored cell of the given quarters whose region is one of those given (or any, when none). */
	public List<Stored> cells(List<Quarter> quarters, List<String> regions) {
		return cells(quarters, regions, null);
	}

	/** The stored cells of one series (or of every series, when none) in the given quarters and regions. */
	public List<Stored> cells(List<Quarter> quarters, List<String> regions, Series series) {
		return jdbc.sql(SELECT + """
				WHERE quarter IN (:quarters) AND (:all OR region IN (:regions))
				AND (:every OR (indicator = :indicator AND category = :category))""")
				.param("quarters", quarters.stream().map(Quarter::toString).toList())
				.param("all", regions == null)
				.param("regions", regions == null || regions.isEmpty() ? List.of("-") : regions)
				.param("every", series == null)
				.param("indicator", series == null ? "-" : series.indicator().name())
				.param("category", series == null ? "-" : series.category())
				.query(FigureStore::stored).list();
	}

	/**
	 * What a dashboard shows and no more: the total of the scope (the country, or one region) in every quarter, for
	 * its trend, and in the chosen quarter the scope's margins, by sex and by age band, and for the country its
	 * regions' totals. The full cross-classification stays in the table for the pivot and the downloads.
	 */
	public List<Stored> margins(List<Quarter> quarters, Quarter chosen, String scopeRegion) {
		return jdbc.sql(SELECT + """
				WHERE quarter IN (:quarters) AND (
				  (region = :scope AND sex = :total AND age = :total)
				  OR (quarter = :chosen AND (
				    (region = :scope AND (sex = :total OR age = :total))
				    OR (:national AND sex = :total AND age = :total))))""")
				.param("quarters", quarters.stream().map(Quarter::toString).toList())
				.param("chosen", chosen.toString())
				.param("scope", scopeRegion)
				.param("total", FrequencyTable.TOTAL)
				.param("national", FrequencyTable.TOTAL.equals(scopeRegion))
				.query(FigureStore::stored).list();
	}

	private static final String SELECT = """
			SELECT quarter, indicator, category, region, sex, age, numerator, denominator, value, withheld
			FROM reporting_figure
			""";

	private static Stored stored(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		double value = rs.getDouble("value");
		Figure figure = new Figure(rs.getInt("numerator"), rs.getInt("denominator"), rs.wasNull() ? null : value);
		return new Stored(Quarter.parse(rs.getString("quarter")),
				new Series(Indicator.valueOf(rs.getString("indicator")), rs.getString("category")),
				new Cell(rs.getString("region"), rs.getString("sex"), rs.getString("age")), figure,
				rs.getBoolean("withheld"));
	}

	/** Whether each series of the quarter passed its audit. */
	public Map<Series, Boolean> audits(Quarter quarter) {
		Map<Series, Boolean> audits = new HashMap<>();
		jdbc.sql("SELECT indicator, category, passed FROM reporting_series WHERE quarter = ?").param(quarter.toString())
				.query(rs -> {
					audits.put(new Series(Indicator.valueOf(rs.getString("indicator")), rs.getString("category")),
							rs.getBoolean("passed"));
				});
		return audits;
	}

	public void refreshed(Instant at, int cases) {
		jdbc.sql("""
				INSERT INTO reporting_refresh (id, refreshed_at, cases) VALUES (1, ?, ?)
				ON CONFLICT (id) DO UPDATE SET refreshed_at = excluded.refreshed_at, cases = excluded.cases""")
				.params(java.sql.Timestamp.from(at), cases).update();
	}

	/** What the last refresh was computed from, when one has been made. */
	public Optional<String> fingerprint() {
		return jdbc.sql("SELECT fingerprint FROM reporting_refresh WHERE id = 1 AND fingerprint IS NOT NULL")
				.query(String.class).optional();
	}

	public void fingerprint(String fingerprint) {
		jdbc.sql("UPDATE reporting_refresh SET fingerprint = ? WHERE id = 1").param(fingerprint).update();
	}

	public Optional<Instant> lastRefresh() {
		return jdbc.sql("SELECT refreshed_at FROM reporting_refresh WHERE id = 1").query(java.sql.Timestamp.class)
				.optional().map(java.sql.Timestamp::toInstant);
	}
}

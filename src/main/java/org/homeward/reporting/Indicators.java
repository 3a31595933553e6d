package org.homeward.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.accounts.CurrentUser;
import org.homeward.accounts.Role;
import org.homeward.shared.InvalidValue;
import org.homeward.reporting.internal.FigureStore;
import org.homeward.reporting.internal.RegionCodes;
import org.homeward.reporting.internal.SummaryRefresh;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators as each reader may see them, from the summary tables only. The national coordinator sees the whole
 * country and a regional coordinator their region, both exactly (inside the node); the analyst sees the whole country
 * under the same small-cell suppression as what leaves the node; every other role sees nothing.
 */
@Service
public class Indicators {

	private final FigureStore store;
	private final RegionCodes regions;
	private final SummaryRefresh refresh;
	private final ReportingSettings settings;
	private final Clock clock;

	Indicators(FigureStore store, RegionCodes regions, SummaryRefresh refresh, ReportingSettings settings,
			@Value("${homeward.node.time-zone:Asia/Tashkent}") ZoneId zone) {
		this.store = store;
		this.regions = regions;
		this.refresh = refresh;
		this.settings = settings;
		this.clock = Clock.system(zone);
	}

	/** Whether the user may see any indicator. */
	public static boolean mayRead(CurrentUser user) {
		return user != null && user.hasAny(Role.COORDINATOR, Role.ANALYST);
	}

	/** The reader's scope; refused for everyone but coordinators and the analyst. */
	public Scope scope(CurrentUser user) {
		if (user != null && user.has(Role.COORDINATOR)) {
			return new Scope(user.regionId() == null ? null : regions.codeOf(user.regionId()).orElseThrow(), true);
		}
		if (user != null && user.has(Role.ANALYST)) {
			return new Scope(null, false);
		}
		throw new AccessDeniedException("indicators are for coordinators and the analyst");
	}

	/** The kept quarters, oldest first; the last is the one still running. */
	public List<Quarter> quarters() {
		return Quarter.of(LocalDate.now(clock)).lastQuarters(settings.quarters());
	}

	/** The last quarter that has ended. */
	public Quarter lastEnded() {
		return Quarter.of(LocalDate.now(clock)).previous();
	}

	/**
	 * The quarter a page's parameter names: when none is named, the quarter still running, to date, since inside the
	 * node people look at where the programme stands now (what leaves it, the SDMX files and the submissions, is of
	 * ended quarters); a quarter the node does not keep, or text that is not a quarter, is refused naming the
	 * parameter rather than replaced by another quarter.
	 */
	public Quarter chosen(String text) {
		if (text == null || text.isBlank()) {
			return Quarter.of(LocalDate.now(clock));
		}
		try {
			Quarter quarter = Quarter.parse(text);
			if (quarters().contains(quarter)) {
				return quarter;
			}
		}
		catch (IllegalArgumentException e) {
			// refused below
		}
		throw new InvalidValue("quarter", "reporting.quarter.invalid");
	}

	public int threshold() {
		return settings.threshold();
	}

	@Transactional(readOnly = true)
	public Dashboard dashboard(CurrentUser user, Quarter quarter, Locale locale) {
		Scope scope = scope(user);
		List<Quarter> quarters = quarters();
		if (!quarters.contains(quarter)) {
			throw new IllegalArgumentException("quarter not kept");
		}
		List<String> codes = regions.nodeRegionCodes();
		List<FigureStore.Stored> cells = store.margins(quarters, quarter, scope.total().region());
		Map<String, FigureStore.Stored> byKey = new HashMap<>();
		for (FigureStore.Stored stored : cells) {
			byKey.put(key(stored.quarter(), stored.series(), stored.cell()), stored);
		}
		List<Dashboard.Panel> panels = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			List<Dashboard.Row> rows = new ArrayList<>();
			for (String category : indicator.categories()) {
				Series series = new Series(indicator, category);
				Shown total = shown(byKey.get(key(quarter, series, scope.total())), scope);
				List<Shown> bySex = List.of("F", "M").stream()
						.map(s -> shown(byKey.get(key(quarter, series, scope.bySex(s))), scope)).toList();
				List<Shown> byAge = java.util.Arrays.stream(AgeBand.values())
						.map(a -> shown(byKey.get(key(quarter, series, scope.byAge(a.code()))), scope)).toList();
				Map<String, Shown> byRegion = new LinkedHashMap<>();
				if (scope.national()) {
					for (String code : codes) {
						byRegion.put(code, shown(byKey.get(key(quarter, series, new Cell(code, FrequencyTable.TOTAL,
								FrequencyTable.TOTAL))), scope));
					}
				}
				List<Shown> trend = quarters.stream().map(q -> shown(byKey.get(key(q, series, scope.total())), scope))
						.toList();
				rows.add(new Dashboard.Row(series, total, bySex, byAge, byRegion, trend));
			}
			panels.add(new Dashboard.Panel(indicator, rows));
		}
		Map<String, String> names = new LinkedHashMap<>();
		regions.nodeRegions().forEach((code, region) -> names.put(code, region.name(locale)));
		return new Dashboard(scope, quarter, quarters, store.lastRefresh().orElse(null), panels, names);
	}

	/** The dimensions a pivot can put in its rows and columns. */
	public enum Dimension {
		REGION, SEX, AGE, QUARTER
	}

	/**
	 * A pivot of one series: rows and columns of two different dimensions, the others at their total.
	 *
	 * @param rowCodes the codes of the rows, the total last
	 * @param columnCodes the codes of the columns, the total last (none for quarters)
	 */
	public record Pivot(Series series, Quarter quarter, Dimension rows, Dimension columns, List<String> rowCodes,
			List<String> columnCodes, Map<String, Map<String, Shown>> cells) {
	}

	@Transactional(readOnly = true)
	public Pivot pivot(CurrentUser user, Series series, Quarter quarter, Dimension rows, Dimension columns) {
		Scope scope = scope(user);
		if (rows == columns) {
			throw new IllegalArgumentException("rows and columns must differ");
		}
		if (!scope.national() && (rows == Dimension.REGION || columns == Dimension.REGION)) {
			throw new AccessDeniedException("a regional scope has no other region");
		}
		List<Quarter> quarters = quarters();
		List<FigureStore.Stored> stored = store.cells(columns == Dimension.QUARTER || rows == Dimension.QUARTER
				? quarters : List.of(quarter), scope.national() ? null : List.of(scope.regionCode()), series);
		Map<String, FigureStore.Stored> byKey = new HashMap<>();
		for (FigureStore.Stored s : stored) {
			byKey.put(key(s.quarter(), s.series(), s.cell()), s);
		}
		List<String> rowCodes = codes(rows, quarters);
		List<String> columnCodes = codes(columns, quarters);
		Map<String, Map<String, Shown>> cells = new LinkedHashMap<>();
		for (String r : rowCodes) {
			Map<String, Shown> line = new LinkedHashMap<>();
			for (String c : columnCodes) {
				Quarter q = quarter;
				String region = scope.national() ? FrequencyTable.TOTAL : scope.regionCode();
				String sex = FrequencyTable.TOTAL;
				String age = FrequencyTable.TOTAL;
				for (var placed : List.of(Map.entry(rows, r), Map.entry(columns, c))) {
					switch (placed.getKey()) {
						case REGION -> region = placed.getValue();
						case SEX -> sex = placed.getValue();
						case AGE -> age = placed.getValue();
						case QUARTER -> q = Quarter.parse(placed.getValue());
					}
				}
				line.put(c, shown(byKey.get(key(q, series, new Cell(region, sex, age))), scope));
			}
			cells.put(r, line);
		}
		return new Pivot(series, quarter, rows, columns, rowCodes, columnCodes, cells);
	}

	private List<String> codes(Dimension dimension, List<Quarter> quarters) {
		List<String> codes = new ArrayList<>(switch (dimension) {
			case REGION -> regions.nodeRegionCodes();
			case SEX -> List.of("F", "M");
			case AGE -> java.util.Arrays.stream(AgeBand.values()).map(AgeBand::code).toList();
			case QUARTER -> quarters.stream().map(Quarter::toString).toList();
		});
		if (dimension != Dimension.QUARTER) {
			codes.add(FrequencyTable.TOTAL);
		}
		return codes;
	}

	/** One line of a download: every cell of every series of the quarter the reader may see. */
	public record Line(Quarter quarter, Series series, Cell cell, Shown shown) {
	}

	@Transactional(readOnly = true)
	public List<Line> lines(CurrentUser user, Quarter quarter) {
		Scope scope = scope(user);
		List<Line> lines = new ArrayList<>();
		for (FigureStore.Stored s : store.cells(List.of(quarter),
				scope.national() ? null : List.of(scope.regionCode()))) {
			lines.add(new Line(s.quarter(), s.series(), s.cell(), shown(s, scope)));
		}
		lines.sort(java.util.Comparator.comparing((Line l) -> l.series().indicator().ordinal())
				.thenComparing(l -> l.series().indicator().categories().indexOf(l.series().category()))
				.thenComparing(l -> l.cell().crossed()).thenComparing(l -> l.cell().region())
				.thenComparing(l -> l.cell().sex()).thenComparing(l -> l.cell().age()));
		return lines;
	}

	/** Recomputes the summary tables now, for tests and the first start; pages never wait for it. */
	public void refreshNow() {
		refresh.refresh();
	}

	private static String key(Quarter quarter, Series series, Cell cell) {
		return quarter + "|" + series.indicator() + "|" + series.category() + "|" + cell.region() + "|" + cell.sex()
				+ "|" + cell.age();
	}

	private static Shown shown(FigureStore.Stored stored, Scope scope) {
		if (stored == null) {
			return Shown.NOTHING;
		}
		Figure figure = stored.figure();
		int base = stored.series().indicator().kind() == Indicator.Kind.PERCENT ? figure.denominator()
				: figure.numerator();
		if (scope.exact()) {
			return new Shown(figure.value(), false, base);
		}
		return stored.withheld() ? new Shown(null, true, null) : new Shown(figure.value(), false, null);
	}
}

package org.homeward.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The indicators of one quarter for one reader's scope, each with what its chart and its table show.
 *
 * @param quarters the quarters kept, oldest first
 * @param refreshedAt when the summary tables were last refreshed
 * @param regionNames the name of each region code, in the reader's language
 */
public record Dashboard(Scope scope, Quarter quarter, List<Quarter> quarters, Instant refreshedAt,
		List<Panel> panels, Map<String, String> regionNames) {

	/** One indicator: its categories (one, "_Z", for an indicator without), each with its breakdowns and trend. */
	public record Panel(Indicator indicator, List<Row> rows) {
	}

	/**
	 * One category of an indicator.
	 *
	 * @param bySex female, male
	 * @param byAge the five age bands, youngest first
	 * @param byRegion each region of the node (empty for a regional scope)
	 * @param trend the scope's total in each kept quarter, oldest first
	 */
	public record Row(Series series, Shown total, List<Shown> bySex, List<Shown> byAge, Map<String, Shown> byRegion,
			List<Shown> trend) {
	}
}

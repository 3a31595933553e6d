package org.homeward.reporting;

import java.time.Instant;
import java.util.List;

/**
 * One quarter of one state's indicators as exchanged with the Council (data structure
 * {@code HOMEWARD:DSD_RR_INDICATORS(1.0)}, documented in docs/sdmx.md): nothing but codes and figures.
 *
 * @param senderId the sending node ({@code HOMEWARD-UZ})
 * @param messageId unique per message; the hub refuses a message it has seen
 * @param country the {@code REF_AREA} of every observation: the sending node's state
 * @param test SDMX's test flag: illustrative figures (the demo's), never to be taken for a state's own
 */
public record SdmxDataset(String senderId, String messageId, Instant prepared, String country, Quarter quarter,
		boolean test, List<Observation> observations) {

	public SdmxDataset {
		observations = List.copyOf(observations);
	}

	/**
	 * One cell: its series key, its value (none when withheld) and status ("A" normal, "C" confidential: withheld by
	 * small-cell suppression).
	 */
	public record Observation(String indicator, String region, String sex, String age, String category, Double value,
			String unit, String status) {

		public boolean withheld() {
			return Sdmx.CONFIDENTIAL.equals(status);
		}
	}
}

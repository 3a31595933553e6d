package org.homeward.reporting;

/**
 * What of the figures a reader sees: the whole country or one region, exact (coordinators, inside the node) or under
 * small-cell suppression (the analyst, and everything that leaves the node).
 *
 * @param regionCode the region of a regional coordinator; none for the whole country
 */
public record Scope(String regionCode, boolean exact) {

	public boolean national() {
		return regionCode == null;
	}

	/** The cell of the scope's total. */
	public Cell total() {
		return new Cell(national() ? FrequencyTable.TOTAL : regionCode, FrequencyTable.TOTAL, FrequencyTable.TOTAL);
	}

	public Cell bySex(String sex) {
		return new Cell(total().region(), sex, FrequencyTable.TOTAL);
	}

	public Cell byAge(String age) {
		return new Cell(total().region(), FrequencyTable.TOTAL, age);
	}
}

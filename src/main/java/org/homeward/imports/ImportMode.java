package org.homeward.imports;

/** What running an import does with the rows it reads. */
public enum ImportMode {
	/** Reads and checks every row, reports, and stores nothing. */
	CHECK,
	/** Stores every row in one transaction, or nothing at all when one row is invalid. */
	ALL_OR_NOTHING,
	/** Stores the valid rows and reports the others. */
	SKIP_INVALID
}

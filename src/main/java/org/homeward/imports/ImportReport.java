package org.homeward.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where an import stands and what it found: counts, and the problems by row (at most the first 5,000 kept; the
 * count says how many there were).
 *
 * @param rows the data rows of the file (the heading not counted)
 * @param percentDone how far the run has come, for the progress bar
 * @param failure the message key of why a run stopped, if it did
 */
public record ImportReport(UUID id, ImportStatus status, ImportMode mode, boolean duplicatesReviewed, int rows,
		int percentDone, int stored, int invalid, int duplicates, int households, int cases, int problemCount,
		String failure, Instant createdAt, Instant finishedAt, List<ImportProblem> problems) {
}

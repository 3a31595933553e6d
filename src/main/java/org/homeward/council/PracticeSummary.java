package org.homeward.council;

import java.util.UUID;

/** A practice as a search result lists it, with the start of its description. */
public record PracticeSummary(UUID id, String title, String countryCode, Theme theme, Approach approach,
		PracticeStage stage, PracticeStatus status, String excerpt) {
}

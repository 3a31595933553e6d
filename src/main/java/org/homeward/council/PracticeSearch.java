package org.homeward.council;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A search of the library: words in any of the three languages, and filters; each may be left out.
 *
 * @param status only the secretariat filters by status; members search the published library and their drafts
 */
public record PracticeSearch(@Size(max = 200) String q, @Pattern(regexp = "([A-Z]{2})?") String countryCode, Theme theme,
		Approach approach, PracticeStage stage, PracticeStatus status) {

	public static PracticeSearch everything() {
		return new PracticeSearch(null, null, null, null, null, null);
	}
}

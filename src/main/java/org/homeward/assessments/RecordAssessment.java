package org.homeward.assessments;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.homeward.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An assessment as the worker records it. An item left unanswered (no value, or a blank one) does not apply or was
 * not asked, and is left out of the scores.
 *
 * @param answers the chosen option of each answered item, as {item code: option code}
 */
public record RecordAssessment(
		@NotBlank @Size(max = 40) String instrumentCode,
		@NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
		@NotEmpty(message = "{assessment.answers.required}") @Size(max = 100)
		Map<@NotBlank @Size(max = 60) String, @Size(max = 60) String> answers) {

	public RecordAssessment {
		instrumentCode = instrumentCode == null ? null : instrumentCode.strip();
		Map<String, String> given = new LinkedHashMap<>();
		if (answers != null) {
			answers.forEach((item, option) -> {
				if (option != null && !option.isBlank()) {
					given.put(item, option.strip());
				}
			});
		}
		answers = Collections.unmodifiableMap(given);
	}
}

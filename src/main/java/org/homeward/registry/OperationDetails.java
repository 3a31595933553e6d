package org.homeward.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.homeward.shared.validation.PlausibleDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A repatriation operation as recorded.
 *
 * @param name the operation's name, e.g. "Mehr-1"
 * @param originCountry the country people were brought back from
 * @param originFacility the camp or prison they were held in
 */
public record OperationDetails(
		@NotBlank @Size(max = 100) String name,
		@NotNull @PlausibleDate @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate operationDate,
		@NotNull @Pattern(regexp = "[A-Z]{2}") String originCountry,
		@Size(max = 200) String originFacility,
		@Size(max = 2000) String notes) {
}

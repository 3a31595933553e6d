package org.homeward.organizations.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the first-level regions of the five member states from the reference file {@code organizations/regions.csv}
 * (English, Russian and local names) at every start; regions already present are left as they are.
 */
@Component
@Order(0)
class RegionCatalogue implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RegionCatalogue.class);
	private static final String SOURCE = "organizations/regions.csv";

	private final OrganizationStore store;

	RegionCatalogue(OrganizationStore store) {
		this.store = store;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int added = 0;
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(SOURCE).getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				if (store.insertRegionIfAbsent(row.get("country"), row.get("kind"), row.get("name_en"),
						row.get("name_ru"), row.get("name_local"), row.get("code"))) {
					added++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + SOURCE, e);
		}
		if (added > 0) {
			log.info("Added {} regions from {}", added, SOURCE);
		}
	}
}

package org.homeward.reporting.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Region;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The code list of the {@code REGION} dimension: the ISO 3166-2 code of each first-level region of the five states
 * ({@code reporting/region-codes.csv}; Arkadag, a city since 2023, has no ISO code yet and is {@code TM-ARK}).
 */
@Component
public class RegionCodes {

	private final Organizations organizations;
	private final Map<String, String> codeByName = new HashMap<>();

	RegionCodes(Organizations organizations) {
		this.organizations = organizations;
		try (Reader reader = new InputStreamReader(new ClassPathResource("reporting/region-codes.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(reader)) {
				codeByName.put(record.get("country") + "|" + record.get("name_en"), record.get("code"));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The node's regions by their code, in the order of the reference data. */
	public Map<String, Region> nodeRegions() {
		Map<String, Region> regions = new LinkedHashMap<>();
		for (Region region : organizations.nodeRegions()) {
			regions.put(code(region), region);
		}
		return regions;
	}

	public List<String> nodeRegionCodes() {
		return new ArrayList<>(nodeRegions().keySet());
	}

	public String code(Region region) {
		String code = codeByName.get(region.countryCode() + "|" + region.nameEn());
		return code != null ? code : region.countryCode() + "-" + region.id().toString().substring(0, 8);
	}

	public Optional<String> codeOf(UUID regionId) {
		return regionId == null ? Optional.empty() : organizations.region(regionId).map(this::code);
	}

	/** Every region of a state by its code, for the hub's checks and names. */
	public Map<String, Region> regionsOf(String countryCode) {
		Map<String, Region> regions = new LinkedHashMap<>();
		for (Region region : organizations.regions(countryCode)) {
			regions.put(code(region), region);
		}
		return regions;
	}

	public String nodeCountry() {
		return organizations.nodeCountry();
	}
}

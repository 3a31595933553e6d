package org.homeward.organizations.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.homeward.organizations.Country;
import org.homeward.organizations.Organizations;
import org.homeward.organizations.Region;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reference data an integrator needs to fill in records: countries and this node's regions. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "Countries and regions, in English, Russian and the local language")
class ReferenceApi {

	private final Organizations organizations;

	ReferenceApi(Organizations organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/countries")
	@Operation(summary = "The member states and the countries people return from")
	List<Country> countries() {
		return organizations.countries();
	}

	@GetMapping("/regions")
	@Operation(summary = "The regions of this node's country; a person's region decides who may see them")
	List<Region> regions() {
		return organizations.nodeRegions();
	}
}

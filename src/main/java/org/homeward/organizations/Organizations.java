package org.homeward.organizations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.homeward.organizations.internal.OrganizationStore;
import org.homeward.shared.Refused;
import org.homeward.shared.UnknownReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The map of states, regions and organisations, as the other modules read it. */
@Service
public class Organizations {

	private final OrganizationStore store;
	private final String nodeCountry;

	Organizations(OrganizationStore store, @Value("${homeward.node.country:UZ}") String nodeCountry) {
		this.store = store;
		this.nodeCountry = nodeCountry;
	}

	/** The state whose national node this is: it holds the cases of this country and of no other. */
	public String nodeCountry() {
		return nodeCountry;
	}

	public List<Country> countries() {
		return store.countries();
	}

	public List<Country> memberStates() {
		return store.countries().stream().filter(Country::memberState).toList();
	}

	public Optional<Country> country(String code) {
		return store.countries().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	public List<Region> regions(String countryCode) {
		return store.regions(countryCode);
	}

	/** The regions of this node's country, where its returnees live. */
	public List<Region> nodeRegions() {
		return store.regions(nodeCountry);
	}

	public Optional<Region> region(UUID id) {
		return id == null ? Optional.empty() : store.region(id);
	}

	public Optional<Organization> organization(UUID id) {
		return id == null ? Optional.empty() : store.organization(id);
	}

	public Optional<Organization> organizationNamed(String nameEn) {
		return store.organizationNamed(nameEn);
	}

	public List<Organization> organizations(Locale locale) {
		return store.organizations().stream()
				.sorted(Comparator.comparing((Organization o) -> o.type().ordinal()).thenComparing(o -> o.name(locale)))
				.toList();
	}

	@Transactional
	public Organization create(NewOrganization organization) {
		if (organization.regionId() != null) {
			Region region = region(organization.regionId())
					.orElseThrow(() -> new UnknownReference("regionId", "user.region.unknown"));
			if (!region.countryCode().equals(organization.countryCode())) {
				throw new Refused("organization.region.otherCountry");
			}
		}
		return store.insert(organization);
	}
}

package org.homeward.council.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.homeward.organizations.Country;
import org.homeward.organizations.Organization;
import org.homeward.organizations.Organizations;

/**
 * The organisations and states of the map, read once for one command, so that the Council's lists name each
 * organisation without asking the organisations module once per row.
 */
public record Directory(Map<UUID, Organization> organizations, Map<String, Country> countries) {

	public static Directory of(Organizations map) {
		Map<UUID, Organization> organizations = new LinkedHashMap<>();
		map.organizations(Locale.ENGLISH).forEach(o -> organizations.put(o.id(), o));
		Map<String, Country> countries = new LinkedHashMap<>();
		map.countries().forEach(c -> countries.put(c.code(), c));
		return new Directory(Map.copyOf(organizations), Map.copyOf(countries));
	}

	public Organization organization(UUID id) {
		return id == null ? null : organizations.get(id);
	}

	public Country country(String code) {
		return code == null ? null : countries.get(code.strip());
	}
}

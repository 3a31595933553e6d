package org.homeward.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Request bodies and reference lookups the API tests share. */
public final class Fixtures {

	private Fixtures() {
	}

	/** The id of the region of this node with the given English name. */
	public static String regionId(Http api, String nameEn) {
		for (JsonNode region : api.get("/api/v1/regions").json()) {
			if (region.get("nameEn").asString().equals(nameEn)) {
				return region.get("id").asString();
			}
		}
		throw new IllegalArgumentException("no region " + nameEn);
	}

	public static Map<String, Object> person(String surnameLatin, String givenNameLatin, String birthDate,
			String regionId) {
		Map<String, Object> person = new HashMap<>();
		person.put("surnameLatin", surnameLatin);
		person.put("givenNameLatin", givenNameLatin);
		person.put("sex", "FEMALE");
		person.put("birthDate", birthDate);
		person.put("citizenshipStatus", "CITIZEN");
		person.put("kind", "RETURNEE");
		person.put("regionId", regionId);
		return person;
	}

	public static Map<String, Object> registration(Map<String, Object> person, List<Map<String, Object>> documents) {
		Map<String, Object> registration = new HashMap<>();
		registration.put("person", person);
		registration.put("documents", documents);
		registration.put("duplicatesReviewed", true);
		return registration;
	}

	public static Map<String, Object> passport(String number) {
		Map<String, Object> document = new HashMap<>();
		document.put("kind", "PASSPORT");
		document.put("number", number);
		document.put("issuingCountry", "UZ");
		return document;
	}
}

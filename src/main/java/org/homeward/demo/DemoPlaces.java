package org.homeward.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.organizations.Organizations;
import org.homeward.organizations.Region;

/**
 * The six regions the demo households live in, with real districts and towns (places, not people) and the series
 * their birth certificates carry. Most households are in Tashkent and the Fergana Region, where the demo's case
 * managers work, so that both have a caseload.
 */
final class DemoPlaces {

	static final String TASHKENT = "Tashkent";
	static final String TASHKENT_REGION = "Tashkent Region";
	static final String FERGANA = "Fergana Region";

	/** A region of the plan; {@code weight} is its share of the households in percent. */
	record Place(String regionName, int weight, String birthCertificateSeries, List<String> localities) {

		String locality(Random random) {
			return localities.get(random.nextInt(localities.size()));
		}
	}

	private static final List<Place> PLAN = List.of(
			new Place(TASHKENT, 34, "TN", List.of("Chilonzor district", "Yunusobod district", "Mirzo Ulug'bek district",
					"Yakkasaroy district", "Sergeli district", "Olmazor district", "Shayxontohur district",
					"Uchtepa district", "Yashnobod district", "Bektemir district", "Mirobod district",
					"Yangihayot district")),
			new Place(FERGANA, 28, "FR", List.of("Fergana", "Margilan", "Kokand", "Quvasoy", "Rishton district",
					"Oltiariq district", "Quva district", "Beshariq district")),
			new Place(TASHKENT_REGION, 10, "TV", List.of("Chirchiq", "Angren", "Olmaliq", "Zangiota district",
					"Qibray district", "Bekobod")),
			new Place("Andijan Region", 10, "AN", List.of("Andijan", "Asaka", "Xonobod", "Shahrixon district",
					"Marhamat district")),
			new Place("Namangan Region", 9, "NA", List.of("Namangan", "Chust", "Pop district", "Kosonsoy district",
					"Uychi district")),
			new Place("Kashkadarya Region", 9, "QA", List.of("Qarshi", "Shahrisabz", "Kitob district",
					"G'uzor district", "Koson district")));

	private final Map<String, UUID> regionIds;

	DemoPlaces(Organizations organizations) {
		this.regionIds = organizations.nodeRegions().stream()
				.collect(Collectors.toMap(Region::nameEn, Region::id, (a, b) -> a));
	}

	/** The id of a region of this node's country, by its English name as in {@code organizations/regions.csv}. */
	UUID regionId(String nameEn) {
		UUID id = regionIds.get(nameEn);
		if (id == null) {
			throw new IllegalStateException("The demo needs the region '" + nameEn
					+ "' of the node's country; is homeward.node.country UZ?");
		}
		return id;
	}

	UUID regionId(Place place) {
		return regionId(place.regionName());
	}

	Place place(String regionName) {
		return PLAN.stream().filter(p -> p.regionName().equals(regionName)).findFirst().orElseThrow();
	}

	/** A region drawn by weight. */
	Place pick(Random random) {
		int draw = random.nextInt(PLAN.stream().mapToInt(Place::weight).sum());
		for (Place place : PLAN) {
			draw -= place.weight();
			if (draw < 0) {
				return place;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	/** Checks at the start that every region of the plan exists, so that a wrong node country fails early. */
	void requireAll() {
		PLAN.stream().map(Place::regionName).forEach(this::regionId);
	}
}

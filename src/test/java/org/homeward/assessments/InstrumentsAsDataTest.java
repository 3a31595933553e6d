package org.homeward.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The instruments the migration ships, read as an integrator reads them (GET /api/v1/assessment-instruments): the
 * three instruments of the brief, each item answerable and weighted, every text in English, Russian and Uzbek.
 */
@HomewardTest
class InstrumentsAsDataTest {

	@LocalServerPort
	int port;

	JsonNode instruments;

	@BeforeEach
	void read() {
		var response = new Http(port).as(Demo.CASE_MANAGER).get("/api/v1/assessment-instruments");
		assertThat(response.status()).isEqualTo(200);
		instruments = response.json();
	}

	private JsonNode instrument(String code) {
		for (JsonNode instrument : instruments) {
			if (instrument.get("code").asString().equals(code)) {
				return instrument;
			}
		}
		throw new AssertionError("no instrument " + code);
	}

	private List<String> codes(JsonNode list) {
		List<String> codes = new ArrayList<>();
		list.forEach(node -> codes.add(node.get("code").asString()));
		return codes;
	}

	private void eachItem(Consumer<JsonNode> check) {
		instruments.forEach(i -> i.get("dimensions").forEach(d -> d.get("items").forEach(check)));
	}

	@Test
	void theThreeInstrumentsOfTheBriefAreThere() {
		assertThat(codes(instruments)).containsExactly("NEEDS", "BEST_INTERESTS", "RPI");
		assertThat(instrument("BEST_INTERESTS").get("childrenOnly").asBoolean()).isTrue();
		assertThat(instrument("NEEDS").get("childrenOnly").asBoolean()).isFalse();
		assertThat(codes(instrument("NEEDS").get("dimensions"))).containsExactly("HEALTH", "PSYCHOSOCIAL",
				"EDUCATION", "LIVELIHOOD", "DOCUMENTS", "FAMILY_HOUSING", "LEGAL", "COMMUNITY");
		assertThat(codes(instrument("BEST_INTERESTS").get("dimensions"))).contains("SAFETY", "CARE", "VIEWS");
		assertThat(codes(instrument("RPI").get("dimensions"))).containsExactly("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL");
	}

	@Test
	void everyItemHasOptionsAndEveryWeightIsPositive() {
		instruments.forEach(i -> i.get("dimensions").forEach(d -> {
			assertThat(d.get("weight").decimalValue()).as(d.get("code").asString()).isPositive();
			assertThat(d.get("items")).as(d.get("code").asString()).isNotEmpty();
		}));
		eachItem(item -> {
			assertThat(item.get("weight").decimalValue()).as(item.get("code").asString()).isPositive();
			assertThat(item.get("options").size()).as(item.get("code").asString()).isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void theProgressIndexHasFourToSixItemsPerDimensionEachScoredFromZeroToOne() {
		instrument("RPI").get("dimensions").forEach(d -> {
			assertThat(d.get("items").size()).as(d.get("code").asString()).isBetween(4, 6);
			d.get("items").forEach(item -> {
				List<BigDecimal> scores = new ArrayList<>();
				item.get("options").forEach(o -> scores.add(o.get("score").decimalValue()));
				assertThat(scores).as(item.get("code").asString()).allSatisfy(s -> assertThat(s).isBetween(
						BigDecimal.ZERO, BigDecimal.ONE));
				// the worst answer scores 0 and the best 1, so that every item spans the whole scale
				assertThat(scores.stream().min(BigDecimal::compareTo).orElseThrow()).isEqualByComparingTo("0");
				assertThat(scores.stream().max(BigDecimal::compareTo).orElseThrow()).isEqualByComparingTo("1");
			});
		});
	}

	@Test
	void priorityInstrumentsScoreZeroToTwoAndHaveBandsWithAnOpenTop() {
		for (String code : List.of("NEEDS", "BEST_INTERESTS")) {
			JsonNode instrument = instrument(code);
			assertThat(instrument.get("scoring").asString()).isEqualTo("PRIORITY");
			instrument.get("dimensions").forEach(d -> d.get("items").forEach(item -> assertThat(
					codes(item.get("options"))).as(item.get("code").asString()).hasSize(3)));
			JsonNode bands = instrument.get("bands");
			assertThat(bands.size()).isEqualTo(3);
			assertThat(bands.get(0).get("priority").asString()).isEqualTo("LOW");
			assertThat(bands.get(2).get("priority").asString()).isEqualTo("HIGH");
			assertThat(bands.get(2).get("below").isNull()).isTrue();
			assertThat(bands.get(0).get("below").decimalValue()).isLessThan(bands.get(1).get("below").decimalValue());
		}
		assertThat(instrument("RPI").get("bands")).isEmpty();
	}

	@Test
	void everyTextIsGivenInEnglishRussianAndUzbek() {
		List<JsonNode> texts = new ArrayList<>();
		instruments.forEach(i -> {
			texts.add(i.get("name"));
			texts.add(i.get("description"));
			i.get("dimensions").forEach(d -> {
				texts.add(d.get("name"));
				d.get("items").forEach(item -> {
					texts.add(item.get("question"));
					item.get("options").forEach(o -> texts.add(o.get("label")));
				});
			});
		});
		assertThat(texts).hasSizeGreaterThan(200).allSatisfy(text -> {
			String en = text.get("en").asString();
			String ru = text.get("ru").asString();
			String uz = text.get("uz").asString();
			assertThat(en).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}");
			assertThat(ru).as(en).containsPattern("\\p{IsCyrillic}");
			assertThat(uz).as(en).isNotBlank().doesNotContainPattern("\\p{IsCyrillic}").isNotEqualTo(en)
					.doesNotContain("''");
		});
	}
}

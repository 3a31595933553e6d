package org.homeward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who sees which indicators, as a person or an integrator notices it: coordinators have them on their home page
 * (exact, the country or their region), the analyst under suppression, nobody else at all; downloads are recorded;
 * the SDMX export verifies against the node's public key; the national coordinator's submission reaches the hub.
 */
@HomewardTest
class IndicatorPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Indicators indicators;

	@Test
	void theNationalCoordinatorsHomeIsTheCountrysDashboard() {
		String home = Pages.signIn(port, Demo.COORDINATOR).get("/").html();
		assertThat(home).contains("id=\"dashboard\"").contains("Indicators of the country").contains("exact figures")
				.contains("id=\"indicator-RETURNED\"").contains("id=\"indicator-SERVICES_DELIVERED\"")
				.contains("Persons with a case whose date of return") // the definition beside it
				.contains("By region").contains("Fergana Region");
		assertThat(home).doesNotContain("card-text text-muted small"); // the link cards are gone
	}

	@Test
	void aRegionalCoordinatorSeesTheirRegionOnly() {
		String home = Pages.signIn(port, Demo.REGIONAL_COORDINATOR).get("/").html();
		assertThat(home).contains("Indicators of Fergana Region").doesNotContain("By region");
		var pages = Pages.signIn(port, Demo.REGIONAL_COORDINATOR);
		assertThat(pages.get("/reporting?rows=REGION&columns=SEX").html()).doesNotContain("Tashkent Region");
		assertThat(new Http(port).as(Demo.REGIONAL_COORDINATOR).get("/api/v1/indicators").json())
				.allSatisfy(line -> assertThat(line.get("cell").get("region").asString()).isIn("UZ-FA"));
	}

	@Test
	void theAnalystSeesSuppressedFiguresAndCoordinatorsExactOnes() {
		indicators.refreshNow();
		Quarter quarter = indicators.quarters().get(indicators.quarters().size() - 1);
		var exact = new Http(port).as(Demo.COORDINATOR).get("/api/v1/indicators?quarter=" + quarter).json();
		var suppressed = new Http(port).as(Demo.ANALYST).get("/api/v1/indicators?quarter=" + quarter).json();
		assertThat(exact.size()).isEqualTo(suppressed.size()).isGreaterThan(100);
		int small = 0;
		for (int i = 0; i < exact.size(); i++) {
			var e = exact.get(i);
			var s = suppressed.get(i);
			assertThat(s.get("shown").get("withheld").asBoolean() ? "C" : "A").isNotNull();
			assertThat(e.get("shown").get("withheld").asBoolean()).isFalse();
			if (e.get("series").get("indicator").asString().equals("RETURNED")) {
				double value = e.get("shown").get("value").asDouble();
				if (value > 0 && value < 5) {
					small++;
					assertThat(s.get("shown").get("withheld").asBoolean()).as("%s", e).isTrue();
					assertThat(s.get("shown").get("value").isNull()).isTrue();
				}
			}
		}
		assertThat(small).as("the demo has small cells to withhold").isPositive();
		String analystHome = Pages.signIn(port, Demo.ANALYST).get("/").html();
		assertThat(analystHome).contains("small cells withheld").contains("C: withheld by small-cell suppression");
	}

	@Test
	void otherRolesSeeNoIndicators() {
		assertThat(Pages.signIn(port, Demo.CASE_MANAGER).get("/").html()).doesNotContain("id=\"dashboard\"");
		assertThat(Pages.signIn(port, Demo.CASE_MANAGER).get("/reporting").status()).isEqualTo(403);
		assertThat(Pages.signIn(port, Demo.SECRETARIAT).get("/reporting").status()).isEqualTo(403);
		assertThat(new Http(port).as(Demo.CASE_MANAGER).get("/api/v1/indicators").status()).isEqualTo(403);
		assertThat(new Http(port).as(Demo.AUDITOR).get("/api/v1/indicators/sdmx?quarter=2026-Q3").status())
				.isEqualTo(403);
		assertThat(new Http(port).as(Demo.ANALYST).get("/council/indicators").status()).isIn(302, 403);
	}

	@Test
	void downloadsAreFilesAndAreAudited() {
		var analyst = Pages.signIn(port, Demo.ANALYST);
		var csv = analyst.getBytes("/reporting/download.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).contains("INDICATOR,").contains("RETURNED").contains(",C,");
		var xlsx = analyst.getBytes("/reporting/download.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		var pdf = analyst.getBytes("/reporting/report.pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String trail = Pages.signIn(port, Demo.AUDITOR).get("/audit?actor=analyst&action=EXPORT").html();
		assertThat(trail).contains("indicators CSV").contains("indicators XLSX").contains("quarterly report PDF");
	}

	@Test
	void theSignedExportVerifiesWithTheNodesPublicKeyAndNamesNoOne() throws Exception {
		Http coordinator = new Http(port).as(Demo.COORDINATOR);
		Quarter quarter = indicators.lastEnded();
		String jws = coordinator.get("/api/v1/indicators/sdmx?quarter=" + quarter + "&format=json&signed=true").text();
		ECKey key = ECKey.parse(coordinator.get("/api/v1/indicators/public-key").text());
		JWSObject parsed = JWSObject.parse(jws);
		assertThat(parsed.verify(new ECDSAVerifier(key))).isTrue();
		String payload = parsed.getPayload().toString();
		assertThat(Sdmx.readJson(payload).country()).isEqualTo("UZ");
		assertThat(payload).doesNotContain("Akhmedova").doesNotContain("Ахмедова").doesNotContain("Madina");
		assertThat(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(payload.replaceAll("\"prepared\" : \"[^\"]+\"", ""))
				.find()).as("no date but the message's own").isFalse();
		String csv = coordinator.get("/api/v1/indicators/sdmx?quarter=" + quarter + "&format=csv").text();
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
				"STRUCTURE,STRUCTURE_ID,ACTION,INDICATOR,REF_AREA,REGION,SEX,AGE,CATEGORY,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS");
		assertThat(csv).contains(",C\n");
	}

	@Test
	void theNationalCoordinatorSubmitsAQuarterAndTheHubKeepsItAsTheNextRevision() {
		Quarter quarter = indicators.lastEnded();
		Http coordinator = new Http(port).as(Demo.COORDINATOR);
		var sent = coordinator.post("/api/v1/indicators/submissions", java.util.Map.of("quarter", quarter.toString()));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
		assertThat(sent.json().get("status").asInt()).as(sent.toString()).isEqualTo(201);
		int revision = sent.json().get("revision").asInt();
		assertThat(revision).isGreaterThanOrEqualTo(2); // the demo's illustrative first revision stays
		var comparison = new Http(port).as(Demo.SECRETARIAT).get("/api/v1/council/comparison?indicator=RETURNED")
				.json();
		var uzbekistan = comparison.get("byState").get("UZ").get(quarter.toString());
		assertThat(uzbekistan.get("revision").asInt()).isEqualTo(revision);
		assertThat(uzbekistan.get("illustrative").asBoolean()).isFalse();
		assertThat(new Http(port).as(Demo.REGIONAL_COORDINATOR).post("/api/v1/indicators/submissions",
				java.util.Map.of("quarter", quarter.toString())).status()).isEqualTo(403);
	}
}

package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two workers editing the same record: the second is told of the conflict, and the first change survives. */
@HomewardTest
class ConcurrentEditTest {

	@LocalServerPort
	int port;

	@Test
	void aStaleEditThroughTheApiGets409AndTheFirstChangeSurvives() {
		Http coordinator = new Http(port).as(Demo.COORDINATOR);
		Http caseManager = new Http(port).as(Demo.CASE_MANAGER);
		String tashkent = regionId(coordinator, "Tashkent");
		var created = coordinator.post("/api/v1/persons",
				registration(person("Versionova", "Dilnoza", "1993-04-05", tashkent), List.of())).json();
		String id = created.get("id").asString();
		int version = created.get("version").asInt();

		Map<String, Object> first = person("Versionova", "Dilnoza", "1993-04-05", tashkent);
		first.put("locality", "Chilonzor");
		Map<String, Object> second = person("Versionova", "Dilnoza", "1993-04-05", tashkent);
		second.put("locality", "Yunusobod");

		var firstSave = coordinator.put("/api/v1/persons/" + id, Map.of("version", version, "person", first));
		var secondSave = caseManager.put("/api/v1/persons/" + id, Map.of("version", version, "person", second));

		assertThat(firstSave.status()).isEqualTo(200);
		assertThat(secondSave.status()).isEqualTo(409);
		assertThat(secondSave.json().get("currentVersion").asInt()).isEqualTo(version + 1);
		assertThat(secondSave.json().get("yourVersion").asInt()).isEqualTo(version);
		assertThat(coordinator.get("/api/v1/persons/" + id).json().get("details").get("locality").asString())
				.isEqualTo("Chilonzor");
	}

	@Test
	void aStaleEditOnThePageShowsTheOtherChangeAndKeepsIt() {
		Http coordinator = new Http(port).as(Demo.COORDINATOR);
		String tashkent = regionId(coordinator, "Tashkent");
		String id = coordinator.post("/api/v1/persons",
				registration(person("Pageova", "Madina", "1989-09-09", tashkent), List.of())).json().get("id").asString();

		Pages caseManager = Pages.signIn(port, Demo.CASE_MANAGER);
		var form = caseManager.get("/registry/persons/" + id + "/edit");
		assertThat(form.status()).isEqualTo(200);

		// Meanwhile the coordinator changes the locality.
		Map<String, Object> theirs = person("Pageova", "Madina", "1989-09-09", tashkent);
		theirs.put("locality", "Olmazor");
		assertThat(coordinator.put("/api/v1/persons/" + id, Map.of("version", 0, "person", theirs)).status())
				.isEqualTo(200);

		Map<String, String> mine = new HashMap<>();
		mine.put("version", "0");
		mine.put("person.surnameLatin", "Pageova");
		mine.put("person.givenNameLatin", "Madina");
		mine.put("person.sex", "FEMALE");
		mine.put("person.birthDate", "1989-09-09");
		mine.put("person.citizenshipStatus", "CITIZEN");
		mine.put("person.kind", "RETURNEE");
		mine.put("person.regionId", tashkent);
		mine.put("person.locality", "Sergeli");
		var answer = caseManager.post("/registry/persons/" + id, mine, form);

		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.html()).contains("id=\"conflict\"").contains("Olmazor").contains("Sergeli")
				.contains(Demo.COORDINATOR);
		assertThat(coordinator.get("/api/v1/persons/" + id).json().get("details").get("locality").asString())
				.isEqualTo("Olmazor");
	}
}

package org.homeward.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.Fixtures;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * *Cases* finds a case by the person's name in any script and by its number, in one search box, within the reader's
 * reach only.
 */
@HomewardTest
class CaseSearchTest {

	@LocalServerPort
	int port;

	@Test
	void aCaseIsFoundByNameInEitherScriptAndByNumberWithinReach() {
		Http manager = new Http(port).as(Demo.CASE_MANAGER);
		String person = manager.post("/api/v1/persons", Fixtures.registration(Fixtures.person("Qidiruvova", "Zebiniso",
				"1990-02-02", Fixtures.regionId(manager, "Tashkent")), List.of())).json().get("id").asString();
		JsonNode opened = manager.post("/api/v1/cases", Map.of("personId", person)).json();
		String number = opened.get("number").asString();

		assertThat(numbers(manager.get("/api/v1/cases?name=Qidiruvova").json())).containsExactly(number);
		assertThat(numbers(manager.get("/api/v1/cases?name=Қидирувова").json())).as("the Cyrillic spelling")
				.containsExactly(number);
		assertThat(numbers(manager.get("/api/v1/cases?name=Qidiruvova%20Nobody").json()))
				.as("every word must match").isEmpty();

		// the page's search box is posted: the name never stands in an address
		Pages pages = Pages.signIn(port, Demo.CASE_MANAGER);
		assertThat(pages.postAll("/cases", Map.of("q", "Qidiruvova")).html()).contains(number);
		assertThat(pages.get("/cases?q=" + number).html()).contains(number).contains("Qidiruvova");

		assertThat(numbers(new Http(port).as(Demo.CASE_MANAGER_FERGANA).get("/api/v1/cases?name=Qidiruvova").json()))
				.as("another region's case manager does not reach it").isEmpty();
		assertThat(Pages.signIn(port, Demo.CASE_MANAGER_FERGANA).postAll("/cases", Map.of("q", "Qidiruvova")).html())
				.doesNotContain(number);
	}

	private static List<String> numbers(JsonNode page) {
		List<String> numbers = new ArrayList<>();
		page.get("items").forEach(item -> numbers.add(item.get("number").asString()));
		return numbers;
	}
}

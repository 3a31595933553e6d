package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.passport;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.homeward.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad input gets a clear answer naming the field, in the user's language, and leaves nothing saved. */
@HomewardTest
class BadInputTest {

	@LocalServerPort
	int port;

	Http coordinator;
	String tashkent;

	@BeforeEach
	void setUp() {
		coordinator = new Http(port).as(Demo.COORDINATOR);
		tashkent = regionId(coordinator, "Tashkent");
	}

	private long persons() {
		return coordinator.get("/api/v1/persons?size=1").json().get("total").asLong();
	}

	private static String messageFor(JsonNode problem, String field) {
		for (JsonNode error : problem.get("errors")) {
			if (error.get("field").asString().equals(field)) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("no error for " + field + " in " + problem);
	}

	@Test
	void aRegistrationWithBadFieldsGets400NamingEachFieldAndSavesNothing() {
		long before = persons();
		Map<String, Object> person = person("A".repeat(101), "Zarina", LocalDate.now().plusDays(3).toString(), tashkent);
		person.remove("sex");

		var response = coordinator.post("/api/v1/persons", registration(person, List.of()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = response.json();
		assertThat(messageFor(problem, "person.surnameLatin")).isEqualTo("Use at most 100 characters.");
		assertThat(messageFor(problem, "person.birthDate")).isEqualTo("Give a date between 1900 and today.");
		assertThat(messageFor(problem, "person.sex")).isEqualTo("This field is required.");
		assertThat(persons()).isEqualTo(before);
	}

	@Test
	void errorsAreInTheCallersLanguage() {
		Map<String, Object> person = person("Karimova", "Zarina", "1899-12-31", tashkent);

		var russian = coordinator.inLanguage("ru").post("/api/v1/persons", registration(person, List.of())).json();
		var uzbek = coordinator.inLanguage("uz").post("/api/v1/persons", registration(person, List.of())).json();

		assertThat(messageFor(russian, "person.birthDate")).contains("1900").containsPattern("[а-яА-Я]");
		assertThat(messageFor(uzbek, "person.birthDate")).contains("1900").doesNotContainPattern("[а-яА-Я]")
				.isNotEqualTo("Give a date between 1900 and today.");
		assertThat(russian.get("title").asString()).containsPattern("[а-яА-Я]");
	}

	@Test
	void aPersonWithoutAnyNameIsRefusedAtTheSurname() {
		Map<String, Object> person = person(null, null, "1990-01-01", tashkent);

		var response = coordinator.post("/api/v1/persons", registration(person, List.of()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(messageFor(response.json(), "person.surnameLatin"))
				.isEqualTo("Give the surname and given name in Latin or in Cyrillic.");
	}

	@Test
	void aValueOfTheWrongTypeIsNamed() {
		Map<String, Object> person = person("Karimova", "Zarina", "1990-01-01", tashkent);
		person.put("sex", "UNICORN");

		var response = coordinator.post("/api/v1/persons", registration(person, List.of()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(messageFor(response.json(), "person.sex")).isNotBlank();
	}

	@Test
	void anInvalidSecondDocumentLeavesNeitherThePersonNorTheFirstDocument() {
		long before = persons();
		Map<String, Object> badDocument = new HashMap<>(passport("ZZ9999999"));
		badDocument.put("issuingCountry", "XX");

		var response = coordinator.post("/api/v1/persons", registration(
				person("Halfova", "Saved", "1990-01-01", tashkent), List.of(passport("ZZ1111111"), badDocument)));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").asString()).isEqualTo("Choose the country that issued the document.");
		assertThat(persons()).isEqualTo(before);
		assertThat(coordinator.post("/api/v1/persons/search", Map.of("documentNumber", "ZZ1111111")).json()
				.get("total").asLong()).isZero();
	}

	@Test
	void aBodyOverOneMegabyteGets413() {
		String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";

		var response = coordinator.postRaw("/api/v1/persons/search", huge);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("status").asInt()).isEqualTo(413);
	}

	@Test
	void unreadableJsonGets400() {
		var response = coordinator.postRaw("/api/v1/persons", "{\"person\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("title").asString()).isEqualTo("Bad request");
	}

	@Test
	void theRegistrationPageShowsTheMessageAtTheFieldInTheUsersLanguage() {
		Pages pages = Pages.signIn(port, Demo.COORDINATOR).inLanguage("ru");
		var form = pages.get("/registry/persons/new?lang=ru");
		Map<String, String> fields = new HashMap<>();
		fields.put("person.surnameCyrillic", "Каримова");
		fields.put("person.givenNameCyrillic", "Зарина");
		fields.put("person.sex", "FEMALE");
		fields.put("person.birthDate", LocalDate.now().plusYears(1).toString());
		fields.put("person.citizenshipStatus", "CITIZEN");
		fields.put("person.kind", "RETURNEE");
		fields.put("person.regionId", tashkent);

		var answer = pages.post("/registry/persons", fields, form);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.html()).containsPattern(
				"id=\"person-birthDate-error\"[^>]*>[^<]*1900[^<]*<");
		assertThat(answer.html()).contains("aria-invalid=\"true\"");
		String error = answer.html().replaceAll("(?s).*id=\"person-birthDate-error\"[^>]*>([^<]*)<.*", "$1");
		assertThat(error).containsPattern("[а-яА-Я]");
	}
}

package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.passport;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DESIGN.md §2: the registry is read and written by coordinators and case managers within their scope; every other
 * role reaches a person only through a case, never through the registry. Checked for every role against every
 * registry endpoint of the API, which shares its services, and so its rules, with the pages.
 */
@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryAccessTest {

	/** Roles without any registry access: each gets 403 from every endpoint. */
	static final List<String> WITHOUT_REGISTRY = List.of(Demo.ADMIN, Demo.HEALTH_SPECIALIST, Demo.PSYCHOLOGIST,
			Demo.JUSTICE_OFFICER, Demo.SECURITY_OFFICER, Demo.COMMUNITY_WORKER, Demo.CSO_WORKER, Demo.ANALYST,
			Demo.AUDITOR, Demo.SECRETARIAT, Demo.EXPERT);

	/** Roles with registry access; the Tashkent case manager and the national coordinator both cover Tashkent. */
	static final List<String> WITH_TASHKENT = List.of(Demo.COORDINATOR, Demo.CASE_MANAGER);

	@LocalServerPort
	int port;

	Http api;
	String tashkent;
	String fergana;
	String personId;
	String documentId;
	String householdId;
	String operationId;

	@BeforeAll
	void registerSubjects() {
		api = new Http(port);
		Http coordinator = api.as(Demo.COORDINATOR);
		tashkent = regionId(coordinator, "Tashkent");
		fergana = regionId(coordinator, "Fergana Region");
		var created = coordinator.post("/api/v1/persons",
				registration(person("Subjectova", "Accessa", "1990-01-01", tashkent), List.of(passport("AC1000001"))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		personId = created.json().get("id").asString();
		documentId = created.json().get("documents").get(0).get("id").asString();
		householdId = coordinator.post("/api/v1/households",
				Map.of("label", "Access test household", "regionId", tashkent)).json().get("id").asString();
		operationId = coordinator.get("/api/v1/operations").json().get(0).get("id").asString();
	}

	/** Every endpoint of the registry, as a call that a user can make. */
	record Endpoint(String name, Function<RegistryAccessTest, Function<Http, Http.Response>> call) {
		Http.Response callAs(RegistryAccessTest test, Http client) {
			return call.apply(test).apply(client);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Endpoint> endpoints() {
		return Stream.of(
				new Endpoint("GET persons", t -> c -> c.get("/api/v1/persons")),
				new Endpoint("POST persons/search", t -> c -> c.post("/api/v1/persons/search", Map.of("name", "Subjectova"))),
				new Endpoint("POST persons/duplicates", t -> c -> c.post("/api/v1/persons/duplicates",
						Map.of("person", person("Subjectova", "Accessa", "1990-01-01", t.tashkent)))),
				new Endpoint("POST persons", t -> c -> c.post("/api/v1/persons",
						registration(person("Deniedova", "Nobody", "1991-02-02", t.tashkent), List.of()))),
				new Endpoint("GET persons/{id}", t -> c -> c.get("/api/v1/persons/" + t.personId)),
				new Endpoint("PUT persons/{id}", t -> c -> c.put("/api/v1/persons/" + t.personId,
						Map.of("version", 0, "person", person("Subjectova", "Changed", "1990-01-01", t.tashkent)))),
				new Endpoint("POST persons/{id}/documents", t -> c -> c.post("/api/v1/persons/" + t.personId + "/documents",
						passport("AC1000002"))),
				new Endpoint("DELETE persons/{id}/documents/{doc}", t -> c -> {
					// each caller removes a document of their own making, so that every allowed role has one to remove
					var added = c.post("/api/v1/persons/" + t.personId + "/documents", passport("AC1000003"));
					if (added.status() != 201) {
						return c.delete("/api/v1/persons/" + t.personId + "/documents/" + t.documentId);
					}
					var documents = added.json().get("documents");
					String last = documents.get(documents.size() - 1).get("id").asString();
					return c.delete("/api/v1/persons/" + t.personId + "/documents/" + last);
				}),
				new Endpoint("GET persons/{id}/accesses", t -> c -> c.get("/api/v1/persons/" + t.personId + "/accesses")),
				new Endpoint("GET households", t -> c -> c.get("/api/v1/households")),
				new Endpoint("POST households", t -> c -> c.post("/api/v1/households",
						Map.of("label", "Denied household", "regionId", t.tashkent))),
				new Endpoint("GET households/{id}", t -> c -> c.get("/api/v1/households/" + t.householdId)),
				new Endpoint("PUT households/{id}", t -> c -> c.put("/api/v1/households/" + t.householdId,
						Map.of("version", 0, "household", Map.of("label", "Renamed", "regionId", t.tashkent)))),
				new Endpoint("POST households/{id}/members", t -> c -> c.post("/api/v1/households/" + t.householdId
						+ "/members", Map.of("personId", t.personId, "relationship", "MOTHER"))),
				new Endpoint("DELETE households/{id}/members/{person}",
						t -> c -> c.delete("/api/v1/households/" + t.householdId + "/members/" + t.personId)),
				new Endpoint("GET operations", t -> c -> c.get("/api/v1/operations")),
				new Endpoint("POST operations", t -> c -> c.post("/api/v1/operations",
						Map.of("name", "Denied-1", "operationDate", "2020-01-01", "originCountry", "SY"))),
				new Endpoint("GET operations/{id}", t -> c -> c.get("/api/v1/operations/" + t.operationId)),
				new Endpoint("PUT operations/{id}", t -> c -> c.put("/api/v1/operations/" + t.operationId,
						Map.of("version", 0, "operation", Map.of("name", "Renamed-1", "operationDate", "2020-01-01",
								"originCountry", "SY")))),
				new Endpoint("GET operations/{id}/persons", t -> c -> c.get("/api/v1/operations/" + t.operationId + "/persons")));
	}

	static Stream<Arguments> deniedRolesAndEndpoints() {
		return WITHOUT_REGISTRY.stream().flatMap(role -> endpoints().map(endpoint -> Arguments.of(role, endpoint)));
	}

	@ParameterizedTest(name = "{0} is refused {1}")
	@MethodSource("deniedRolesAndEndpoints")
	void rolesWithoutRegistryAccessAreRefusedEveryEndpoint(String role, Endpoint endpoint) {
		var response = endpoint.callAs(this, api.as(role));
		assertThat(response.status()).as(response.text()).isEqualTo(403);
		assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.text()).doesNotContain("Subjectova");
	}

	@ParameterizedTest(name = "anonymous is asked to sign in for {0}")
	@MethodSource("endpoints")
	void anonymousCallersMustAuthenticate(Endpoint endpoint) {
		var response = endpoint.callAs(this, api.anonymous());
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				value -> assertThat(value).startsWith("Basic"));
	}

	static Stream<Arguments> allowedRolesAndEndpoints() {
		return WITH_TASHKENT.stream().flatMap(role -> endpoints().map(endpoint -> Arguments.of(role, endpoint)));
	}

	@ParameterizedTest(name = "{0} may {1}")
	@MethodSource("allowedRolesAndEndpoints")
	void coordinatorsAndCaseManagersReachEveryEndpointWithinTheirScope(String role, Endpoint endpoint) {
		var response = endpoint.callAs(this, api.as(role));
		// Allowed means: not refused for the role. Stale versions (409) and business refusals (422) are answers
		// about the record, given only to someone allowed to ask.
		assertThat(response.status()).as(response.text()).isNotIn(401, 403, 404, 500);
	}

	@Test
	void aCaseManagerOfAnotherRegionCannotTellThatAPersonExists() {
		Http fergana = api.as(Demo.CASE_MANAGER_FERGANA);

		assertThat(fergana.get("/api/v1/persons/" + personId).status()).isEqualTo(404);
		assertThat(fergana.get("/api/v1/persons/" + personId + "/accesses").status()).isEqualTo(404);
		assertThat(fergana.put("/api/v1/persons/" + personId,
				Map.of("version", 0, "person", person("Subjectova", "Moved", "1990-01-01", this.fergana))).status())
				.isEqualTo(404);
		assertThat(fergana.post("/api/v1/persons/search", Map.of("name", "Subjectova Accessa")).json()
				.get("total").asLong()).isZero();
		assertThat(fergana.get("/api/v1/households/" + householdId).status()).isEqualTo(404);
	}

	@Test
	void aCaseManagerRegistersOnlyInTheirOwnRegion() {
		var response = api.as(Demo.CASE_MANAGER_FERGANA).post("/api/v1/persons",
				registration(person("Elsewhereova", "Lola", "1992-03-03", tashkent), List.of()));

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("code").asString()).isEqualTo("person.region.outOfScope");
	}

	@Test
	void theNationalCoordinatorSeesEveryRegionAndARegionalCoordinatorOnlyTheirs() {
		long national = api.as(Demo.COORDINATOR).get("/api/v1/persons?size=1").json().get("total").asLong();
		long regional = api.as(Demo.REGIONAL_COORDINATOR).get("/api/v1/persons?size=1").json().get("total").asLong();
		long ferganaCaseManager = api.as(Demo.CASE_MANAGER_FERGANA).get("/api/v1/persons?size=1").json().get("total")
				.asLong();

		assertThat(regional).isPositive().isLessThan(national).isEqualTo(ferganaCaseManager);
		assertThat(api.as(Demo.REGIONAL_COORDINATOR).get("/api/v1/persons/" + personId).status()).isEqualTo(404);
	}
}

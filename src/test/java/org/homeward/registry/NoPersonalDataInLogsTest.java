package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Fixtures.passport;
import static org.homeward.support.Fixtures.person;
import static org.homeward.support.Fixtures.regionId;
import static org.homeward.support.Fixtures.registration;

import java.util.List;
import java.util.Map;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Names and document numbers stay out of the logs, also when something goes wrong. */
@HomewardTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest {

	@LocalServerPort
	int port;

	@Test
	void registeringSearchingAndFailingLeaveNoNameOrDocumentNumberInTheLogs(CapturedOutput output) {
		Http coordinator = new Http(port).as(Demo.COORDINATOR);
		String tashkent = regionId(coordinator, "Tashkent");
		var registration = registration(person("Qwertyova", "Xylophona", "1994-06-06", tashkent),
				List.of(passport("QX7654321")));

		coordinator.post("/api/v1/persons", registration);
		coordinator.post("/api/v1/persons/search", Map.of("name", "Qwertyova Xylophona"));
		coordinator.post("/api/v1/persons/search", Map.of("documentNumber", "QX7654321"));
		registration.put("duplicatesReviewed", false);
		coordinator.post("/api/v1/persons", registration);
		coordinator.postRaw("/api/v1/persons", "{\"person\": {\"surnameLatin\": \"Qwertyova\", \"sex\": 7");
		new Http(port).as("Qwertyova", "QX7654321").get("/api/v1/persons");

		assertThat(output.getAll()).doesNotContain("Qwertyova").doesNotContain("Xylophona")
				.doesNotContain("QX7654321");
	}
}

package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.homeward.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operations endpoints: health stays public, for load balancers and probes; the metrics, which describe the
 * node's work, answer only an administrator's account, with HTTP Basic as a Prometheus scraper sends it.
 */
@HomewardTest
class MetricsEndpointTest {

	@LocalServerPort
	int port;

	@Test
	void theMetricsNeedAnAdministratorsSignIn() {
		Http anonymous = new Http(port).anonymous();

		var refused = anonymous.get("/actuator/prometheus");
		var analyst = new Http(port).as(Demo.ANALYST).get("/actuator/prometheus");
		var administrator = new Http(port).as(Demo.ADMIN).get("/actuator/prometheus");

		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Basic"));
		assertThat(refused.text()).doesNotContain("jvm_");
		assertThat(analyst.status()).isEqualTo(403);
		assertThat(administrator.status()).isEqualTo(200);
		assertThat(administrator.text()).contains("jvm_memory_used_bytes");
	}

	@Test
	void healthStaysPublic() {
		Http anonymous = new Http(port).anonymous();

		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
	}
}

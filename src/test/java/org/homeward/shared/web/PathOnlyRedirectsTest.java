package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A redirect Spring Security built from the request keeps its path, query and fragment, and loses the host. */
class PathOnlyRedirectsTest {

	@Test
	void anAddressOnAnotherHostBecomesItsPathHere() {
		assertThat(PathOnlyRedirects.pathOf("http://evil.example/cases?stage=ASSESSMENT#list", ""))
				.isEqualTo("/cases?stage=ASSESSMENT#list");
		assertThat(PathOnlyRedirects.pathOf("https://evil.example:8443", "")).isEqualTo("/");
		assertThat(PathOnlyRedirects.pathOf("//evil.example/cases", "")).isEqualTo("/cases");
	}

	@Test
	void aPathStaysAPathWithinTheApplication() {
		assertThat(PathOnlyRedirects.pathOf("/login?logout", "")).isEqualTo("/login?logout");
		assertThat(PathOnlyRedirects.pathOf("/login", "/homeward")).isEqualTo("/homeward/login");
	}
}

package org.homeward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules talk only through each other's public API, and depend on each other without cycles. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(HomewardApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}
}

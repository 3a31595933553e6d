package org.homeward.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test that clicks through Homeward in headless Chromium: a fresh browser for each test, and a screenshot of the
 * last page it saw under target/screenshots, so that a failure can be looked at.
 */
public abstract class BrowserTestSupport {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void closeBrowser(TestInfo test) {
		try {
			browser.screenshot("last-" + getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
		}
		finally {
			browser.close();
		}
	}
}

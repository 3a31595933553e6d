package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Four eyes as the administrators click it: one creates a coordinator's account, whose role waits; the other finds it
 * among the changes waiting for a second administrator and approves it; the auditor reads it among the role changes.
 */
@HomewardTest
class FourEyesBrowserTest extends BrowserTestSupport {

	@Test
	void aCoordinatorsRoleWaitsForTheSecondAdministratorAndTheAuditorSeesIt() {
		String username = "four.eyes-" + System.nanoTime() % 100000;
		browser.signIn(Demo.ADMIN, Demo.PASSWORD);
		browser.open("/admin/users/new");
		browser.type(By.id("username"), username);
		browser.type(By.id("displayName"), "Dilfuza Karimova");
		browser.type(By.id("password"), "temporary-password-1");
		browser.click(By.cssSelector("input[name=roles][value=COORDINATOR]"));
		browser.choose(By.id("organizationId"), browser.driver().findElement(By.xpath(
				"//select[@id='organizationId']/option[contains(., 'Interagency Commission')]")).getAttribute("value"));
		browser.screenshot("four-eyes-new-user");
		browser.click(By.id("create-user"));
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("take effect once one approves them");
		assertThat(browser.text(By.id("waiting"))).contains("Coordinator").contains("another administrator must approve it");
		browser.screenshot("four-eyes-requested");

		browser.driver().manage().deleteAllCookies();
		browser.signIn(Demo.ADMIN2, Demo.PASSWORD);
		browser.open("/admin/users");
		browser.screenshot("four-eyes-waiting-list");
		browser.click(By.linkText(username));
		browser.screenshot("four-eyes-to-approve");
		browser.click(By.cssSelector("#waiting button.btn-success"));
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("Approved");
		assertThat(browser.driver().findElements(By.id("waiting"))).isEmpty();

		browser.driver().manage().deleteAllCookies();
		browser.signIn(Demo.AUDITOR, Demo.PASSWORD);
		browser.click(By.cssSelector("a[href='/audit/role-changes']"));
		assertThat(browser.text(By.id("role-changes"))).contains(username).contains("Approved").contains(Demo.ADMIN2);
		browser.screenshot("four-eyes-auditor", 1366, 900);
	}
}

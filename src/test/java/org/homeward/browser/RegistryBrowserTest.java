package org.homeward.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.support.BrowserTestSupport;
import org.homeward.support.Demo;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A case manager in Tashkent, working in Russian, registers a returnee whose name she types in Cyrillic, finds her
 * again by a Latin spelling, is warned when she tries to register her twice, and sees her own views recorded.
 */
@HomewardTest
class RegistryBrowserTest extends BrowserTestSupport {

	@Test
	void aCaseManagerRegistersFindsAndIsWarnedOfADuplicateInRussian() {
		browser.open("/login");
		browser.screenshot("login-en");
		browser.signIn(Demo.CASE_MANAGER, Demo.PASSWORD);

		// Switch to Russian with the language menu.
		browser.click(By.id("language-menu")).click(By.cssSelector("a[lang='ru']"));
		browser.waitForText(By.tagName("h1"), "Добро пожаловать");

		// Register a woman whose name is known in Cyrillic only.
		browser.open("/registry/persons");
		browser.click(By.id("register-person"));
		browser.type(By.id("person.surnameCyrillic"), "Юлдашева");
		browser.type(By.id("person.givenNameCyrillic"), "Гулнора");
		browser.type(By.id("person.patronymicCyrillic"), "Баходировна");
		browser.choose(By.id("person.sex"), "FEMALE");
		browser.date(By.id("person.birthDate"), "1992-07-21");
		browser.choose(By.id("person.kind"), "RETURNEE");
		browser.choose(By.id("person.citizenshipStatus"), "CITIZEN");
		browser.click(By.id("save-person"));
		browser.waitForText(By.id("person-name"), "Юлдашева Гулнора Баходировна");
		assertThat(browser.text(By.cssSelector("[role=status]"))).contains("зарегистрирован");
		String personPage = browser.url();

		// Find her by the Latin spelling of her passport.
		browser.open("/registry/persons");
		browser.type(By.id("name"), "Yuldasheva Gulnora");
		browser.waitForText(By.id("person-table"), "Юлдашева Гулнора");
		browser.screenshot("persons-search-ru");
		browser.click(By.linkText("Юлдашева Гулнора Баходировна"));
		browser.waitForUrl(personPage.substring(personPage.indexOf("/registry")));

		// Trying to register her again, spelled in Uzbek Latin this time, shows the duplicate warning.
		browser.open("/registry/persons/new");
		browser.type(By.id("person.surnameLatin"), "Yo'ldosheva");
		browser.type(By.id("person.givenNameLatin"), "Gulnora");
		browser.choose(By.id("person.sex"), "FEMALE");
		browser.date(By.id("person.birthDate"), "1992-10-02");
		browser.choose(By.id("person.kind"), "RETURNEE");
		browser.choose(By.id("person.citizenshipStatus"), "CITIZEN");
		// The live check warns while she is still filling in the form...
		browser.waitForText(By.id("duplicate-warning"), "Юлдашева Гулнора");
		// ...and saving anyway is held back with the same warning until she confirms it is someone else.
		browser.click(By.id("save-person"));
		browser.waitForText(By.id("duplicate-warning"), "Юлдашева Гулнора");
		assertThat(browser.find(By.id("duplicatesReviewed1")).isSelected()).isFalse();
		assertThat(browser.text(By.id("duplicate-warning"))).contains("21.07.1992");
		browser.screenshot("duplicate-warning-ru");

		// Her record shows who viewed it: the case manager herself.
		browser.open(personPage.substring(personPage.indexOf("/registry")));
		assertThat(browser.text(By.id("accesses"))).contains(Demo.CASE_MANAGER).contains("просмотр");
		browser.screenshot("person-ru");
	}
}

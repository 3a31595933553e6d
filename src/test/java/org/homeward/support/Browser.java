package org.homeward.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven as a person would use Homeward: at 1366×768, clicking and typing. Both paths
 * are given explicitly, so that nothing tries to download a browser or a driver.
 */
public final class Browser implements AutoCloseable {

	private final ChromeDriver driver;
	private final WebDriverWait wait;
	private final String base;
	private final Path downloads;

	public Browser(int port) {
		try {
			this.downloads = Files.createTempDirectory("homeward-downloads");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		var options = new ChromeOptions();
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
				downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1366,768", "--lang=en-US");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
				.build();
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		this.base = "http://localhost:" + port;
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(base + path);
		return this;
	}

	public Browser signIn(String username, String password) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		click(By.id("sign-in"));
		// away from the sign-in page: home, the page asked for, or the second step of signing in
		wait.until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/login(\\?.*)?$")));
		return this;
	}

	public WebElement find(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Clicks like a person: scrolls the element to the middle of the window first, and waits out htmx swaps that
	 * move the page under the pointer.
	 */
	public Browser click(By by) {
		settleDelayedHtmx();
		for (int attempt = 1;; attempt++) {
			WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
			// Bootstrap scrolls smoothly; a person waits for the page to stop moving, so jump at once instead.
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
			waitForHtmx();
			try {
				element.click();
				return this;
			}
			catch (ElementClickInterceptedException | StaleElementReferenceException e) {
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	/** Lets a delayed htmx trigger (a live check after typing) fire and finish before the next click. */
	private void settleDelayedHtmx() {
		boolean delayed = (Boolean) ((JavascriptExecutor) driver)
				.executeScript("return document.querySelector('[hx-trigger*=delay]') !== null;");
		if (delayed) {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			waitForHtmx();
		}
	}

	/** Waits until no htmx request is in flight. */
	public void waitForHtmx() {
		wait.until(d -> (Boolean) ((JavascriptExecutor) d)
				.executeScript("return document.querySelector('.htmx-request') === null;"));
	}

	public Browser type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Sets a date field the way a date picker would, whatever the browser's locale. */
	/**
	 * Fills a date as a person types it on the pages, day first ("21.07.1992") into the day-first date fields, or
	 * sets a native date or time field's value.
	 */
	public Browser date(By by, String isoDate) {
		WebElement field = find(by);
		if ("text".equals(field.getAttribute("type")) && isoDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
			field.clear();
			field.sendKeys(isoDate.substring(8, 10) + isoDate.substring(5, 7) + isoDate.substring(0, 4));
			return this;
		}
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				field, isoDate);
		return this;
	}

	public Browser choose(By by, String value) {
		new Select(find(by)).selectByValue(value);
		return this;
	}

	public String text(By by) {
		return find(by).getText();
	}

	public void waitForText(By by, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
	}

	public void waitForUrl(String fragment) {
		wait.until(ExpectedConditions.urlContains(fragment));
	}

	public String url() {
		return driver.getCurrentUrl();
	}

	/**
	 * Clicks a download link as a person would and waits for the file the browser saves: what they would open in a
	 * spreadsheet.
	 */
	public Path download(By link) {
		try (var before = Files.list(downloads)) {
			before.forEach(file -> file.toFile().delete());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		click(link);
		return wait.until(d -> {
			try (var files = Files.list(downloads)) {
				return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")
						&& !f.getFileName().toString().endsWith(".tmp")).findFirst().orElse(null);
			}
			catch (IOException e) {
				return null;
			}
		});
	}

	/** Saves what the person sees, for reviewers, under target/screenshots. */
	public void screenshot(String name) {
		screenshot(name, 1366, 768);
	}

	public void screenshot(String name, int width, int height) {
		Dimension before = driver.manage().window().getSize();
		try {
			driver.manage().window().setSize(new Dimension(width, height));
			File shot = driver.getScreenshotAs(OutputType.FILE);
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}
}

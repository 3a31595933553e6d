package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every text a user sees comes from the message bundles, complete in English, Russian and Uzbek: each bundle has the
 * same keys in the three languages, and every key a page names literally exists.
 */
class MessageBundlesTest {

	static final Path RESOURCES = Path.of("src/main/resources");
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
		List<Path> englishBundles = bundles().filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
				.toList();
		assertThat(englishBundles).hasSizeGreaterThanOrEqualTo(4);
		for (Path english : englishBundles) {
			Set<String> keys = keys(english);
			for (String language : List.of("ru", "uz")) {
				Path translation = english.resolveSibling(
						english.getFileName().toString().replace(".properties", "_" + language + ".properties"));
				assertThat(translation).as("the %s bundle of %s", language, english).exists();
				Properties translated = load(translation);
				assertThat(new TreeSet<>(translated.stringPropertyNames())).as("%s in %s", english.getFileName(), language)
						.containsExactlyElementsOf(new TreeSet<>(keys));
				for (String key : keys) {
					assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
				}
			}
		}
	}

	@Test
	void everyKeyAPageNamesExists() throws IOException {
		Set<String> keys = new HashSet<>();
		for (Path bundle : bundles().toList()) {
			keys.addAll(keys(bundle));
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
				while (key.find()) {
					if (!keys.contains(key.group(1))) {
						missing.add(RESOURCES.relativize(template) + ": " + key.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** The Council's five states' languages besides English, Russian and Uzbek (DESIGN.md §7). */
	static final List<String> COUNCIL_LANGUAGES = List.of("kk", "ky", "tg", "tk");

	/** The bundles that hold nothing but the Council's pages and what they show: complete in every language. */
	static final List<String> COUNCIL_BUNDLES = List.of("i18n/council", "i18n/hub", "i18n/indicators");

	@Test
	void theCouncilsBundlesAreCompleteInTheFiveStatesLanguages() throws IOException {
		for (String bundle : COUNCIL_BUNDLES) {
			Set<String> keys = keys(RESOURCES.resolve(bundle + ".properties"));
			for (String language : COUNCIL_LANGUAGES) {
				Path translation = RESOURCES.resolve(bundle + "_" + language + ".properties");
				assertThat(translation).as("the %s bundle of %s", language, bundle).exists();
				Properties translated = load(translation);
				assertThat(new TreeSet<>(translated.stringPropertyNames())).as("%s in %s", bundle, language)
						.containsExactlyElementsOf(new TreeSet<>(keys));
				for (String key : keys) {
					assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
				}
			}
		}
	}

	/**
	 * The sign-in page, the frame and every Council page need, of the shared bundle, the keys they name literally,
	 * the languages' names, the roles of the Council, the kinds of organisation, the navigation's notifications and
	 * the messages of form validation: each of these is in each of the four languages' messages file.
	 */
	@Test
	void theFrameTheSignInPageAndTheCouncilsPagesSpeakTheFiveStatesLanguages() throws IOException {
		Properties shared = load(RESOURCES.resolve("messages.properties"));
		Set<String> needed = new TreeSet<>();
		List<Path> pages = new java.util.ArrayList<>(List.of(RESOURCES.resolve("templates/layout.html"),
				RESOURCES.resolve("templates/home.html"), RESOURCES.resolve("templates/fragments.html"),
				RESOURCES.resolve("templates/accounts/login.html"),
				RESOURCES.resolve("templates/reporting/fragments.html")));
		try (Stream<Path> council = Files.list(RESOURCES.resolve("templates/council"));
				Stream<Path> errors = Files.list(RESOURCES.resolve("templates/error"))) {
			pages.addAll(council.toList());
			pages.addAll(errors.toList());
		}
		for (Path page : pages) {
			Matcher key = TEMPLATE_KEY.matcher(Files.readString(page));
			while (key.find()) {
				if (shared.containsKey(key.group(1))) {
					needed.add(key.group(1));
				}
			}
		}
		for (String key : shared.stringPropertyNames()) {
			if (key.startsWith("language.") || key.startsWith("enum.OrganizationType.")
					|| key.startsWith("role.COUNCIL_") || key.startsWith("home.")
					|| key.startsWith("jakarta.validation.constraints.") || key.startsWith("typeMismatch")) {
				needed.add(key);
			}
		}
		needed.add("nav.notifications");
		assertThat(needed).hasSizeGreaterThan(60);
		for (String language : COUNCIL_LANGUAGES) {
			Properties translated = load(RESOURCES.resolve("messages_" + language + ".properties"));
			Set<String> missing = new TreeSet<>(needed);
			missing.removeAll(translated.stringPropertyNames());
			assertThat(missing).as("frame, sign-in and Council keys missing in messages_%s", language).isEmpty();
			for (String key : translated.stringPropertyNames()) {
				assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
			}
		}
	}

	@Test
	void theLanguageMenuListsTheLanguagesWhoseFilesExist() {
		assertThat(org.homeward.shared.web.LanguageConfiguration.LANGUAGES).extracting(java.util.Locale::getLanguage)
				.containsExactly("en", "ru", "uz", "kk", "ky", "tg", "tk");
		assertThat(org.homeward.shared.web.LanguageConfiguration.COMPLETE).extracting(java.util.Locale::getLanguage)
				.containsExactly("en", "ru", "uz");
	}

	/**
	 * A message with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts a quoted
	 * passage: "someone's ... {0} hours" would show "someones ... {0} hours". Such messages double it; a message
	 * without arguments is shown as written, so it must not.
	 */
	@Test
	void noMessageWithArgumentsSwallowsAnApostrophe() throws IOException {
		Pattern argument = Pattern.compile("\\{\\d");
		Pattern single = Pattern.compile("(?<!')'(?!')");
		Set<String> broken = new TreeSet<>();
		for (Path bundle : bundles().toList()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				boolean withArguments = argument.matcher(message).find();
				if (withArguments ? single.matcher(message).find() : message.contains("''")) {
					broken.add(bundle.getFileName() + ": " + key);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private static Stream<Path> bundles() throws IOException {
		try (Stream<Path> top = Files.list(RESOURCES); Stream<Path> i18n = Files.list(RESOURCES.resolve("i18n"))) {
			return Stream.concat(top.filter(p -> p.getFileName().toString().startsWith("messages")).toList().stream(),
					i18n.toList().stream()).filter(p -> p.toString().endsWith(".properties"));
		}
	}

	private static Set<String> keys(Path bundle) throws IOException {
		return load(bundle).stringPropertyNames();
	}

	private static Properties load(Path bundle) throws IOException {
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

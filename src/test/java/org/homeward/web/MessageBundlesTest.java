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
		List<Path> englishBundles = bundles().filter(p -> !p.getFileName().toString().matches(".*_(ru|uz)\\.properties"))
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

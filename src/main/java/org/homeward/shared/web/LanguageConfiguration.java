package org.homeward.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages are those whose message files exist: English (the default bundle) and every
 * {@code messages_<code>.properties} on the class path. A language is added by dropping in its files. English, Russian
 * and Uzbek (Latin) are complete: every bundle has them. Kazakh, Kyrgyz, Tajik (Cyrillic) and Turkmen (Latin) cover
 * the sign-in page, the frame and every Council page (DESIGN.md §7): the Council and the sign-in page offer every
 * language; the national pages offer the complete ones. The language is chosen with {@code ?lang=}, remembered in a
 * cookie, and otherwise taken from the browser.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

	/** How the menu orders the languages it knows; any other language whose files are dropped in comes last. */
	private static final List<String> ORDER = List.of("en", "ru", "uz", "kk", "ky", "tg", "tk");

	/** Every language whose files exist, English first. */
	public static final List<Locale> LANGUAGES = discover();

	/** The languages every bundle has: the national pages' languages. */
	public static final List<Locale> COMPLETE = LANGUAGES.stream().filter(LanguageConfiguration::complete).toList();

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("homeward-language");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LanguageConfiguration::fromBrowser);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
					Object handler) throws jakarta.servlet.ServletException {
				String lang = request.getParameter("lang");
				// a language without files would leave every page in the default: it is ignored
				if (lang != null && LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
					return true;
				}
				return super.preHandle(request, response, handler);
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		var accepted = request.getLocales();
		while (accepted.hasMoreElements()) {
			Locale locale = accepted.nextElement();
			for (Locale supported : LANGUAGES) {
				if (supported.getLanguage().equals(locale.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

	private static List<Locale> discover() {
		List<Locale> languages = new ArrayList<>();
		languages.add(Locale.ENGLISH);
		Pattern name = Pattern.compile("messages_([a-z]{2,3})\\.properties");
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:messages_*.properties")) {
				Matcher m = name.matcher(String.valueOf(resource.getFilename()));
				if (m.matches() && languages.stream().noneMatch(l -> l.getLanguage().equals(m.group(1)))) {
					languages.add(Locale.forLanguageTag(m.group(1)));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		languages.sort(Comparator.comparingInt((Locale l) -> ORDER.indexOf(l.getLanguage()) < 0 ? ORDER.size()
				: ORDER.indexOf(l.getLanguage())).thenComparing(Locale::getLanguage));
		return List.copyOf(languages);
	}

	/** Whether the language has every bundle: the cases' one stands for all the national modules. */
	private static boolean complete(Locale locale) {
		return "en".equals(locale.getLanguage()) || LanguageConfiguration.class.getClassLoader()
				.getResource("i18n/cases_" + locale.getLanguage() + ".properties") != null;
	}
}

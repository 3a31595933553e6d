package org.homeward.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the style sheets, scripts and web jars are served from, and nothing else. Spring Boot's default maps every
 * path ("/**") to the static folders; with the resource chain on (it is, for the version-less web-jar addresses),
 * every link a page builds, "/cases/…" included, was then looked for in the jar first, a few look-ups per link and
 * most of a page's time. Here only the three folders are resource paths, so the links of a page cost nothing.
 * ({@code spring.web.resources.add-mappings} is off in application.yml.)
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
	}

}

package org.homeward.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;

/**
 * Every redirect says where to go as a path on this server ({@code Location: /login}), so that a forged
 * {@code Host} header steers none of them: Spring's {@link RelativeRedirectFilter} keeps Tomcat from turning the
 * path into an address on the host the request named, for HTTP/1.0 requests too (Tomcat's own
 * {@code use-relative-redirects} covers HTTP/1.1). Spring Security's redirects to a page asked for before signing in
 * go through {@link PathOnlyRedirects}; links that leave Homeward (e-mails, calendars) use {@code homeward.base-url}.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirectFilter() {
		var filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND); // as the container's own redirects, not 303
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // before Spring Security, which redirects too
		return registration;
	}
}

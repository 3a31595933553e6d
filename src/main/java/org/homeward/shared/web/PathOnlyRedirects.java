package org.homeward.shared.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects to the path of a URL only, with its query and fragment, never to the host in it: a URL Spring Security
 * built from the request (the page asked for before signing in) names whatever host the request's {@code Host}
 * header said, which anyone can forge. Tomcat sends the path as it is ({@code server.tomcat.use-relative-redirects}).
 */
public final class PathOnlyRedirects implements RedirectStrategy {

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
			throws IOException {
		response.sendRedirect(response.encodeRedirectURL(pathOf(url, request.getContextPath())));
	}

	static String pathOf(String url, String contextPath) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException unreadable) {
			return contextPath + "/";
		}
		if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
			return url.startsWith("/") ? contextPath + url : url;
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
				+ (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
	}
}
